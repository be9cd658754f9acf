/**
 * The cart page, and the forms that add, change and remove cart lines.
 */
package dev.centraldistribution.distributor.web.cart;
