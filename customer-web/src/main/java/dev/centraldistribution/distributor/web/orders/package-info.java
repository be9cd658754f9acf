/**
 * The order history pages: a customer's own orders, newest first, and each order's
 * details.
 */
package dev.centraldistribution.distributor.web.orders;
