/**
 * "Buy from any manufacturer": the proposal page of a product, and buying it through the
 * cart and the checkout.
 */
package dev.centraldistribution.distributor.web.allocation;
