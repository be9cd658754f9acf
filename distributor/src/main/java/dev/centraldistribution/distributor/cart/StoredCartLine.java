package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * A cart line as stored, before it is checked against the catalog.
 *
 * @param id the line
 * @param offering the offering
 * @param quantity units the customer wants
 */
record StoredCartLine(CartLineId id, OfferingId offering, int quantity) {

}
