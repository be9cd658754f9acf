/**
 * The checkout pages: the summary with its checkout token, placing the order, and the
 * choice a customer makes when something ran short.
 */
package dev.centraldistribution.distributor.web.checkout;
