package dev.centraldistribution.distributor.catalog;

import java.time.OffsetDateTime;

/**
 * A price a snapshot asked for an offering, more than
 * {@code distributor.catalog.max-price-rise} times the price it sells at: held, with the
 * offering off sale, until a snapshot asks a price within the bound again or the operator
 * releases it.
 *
 * @param proposedCents the price asked by the latest snapshot, in minor units
 * @param proposedCurrency its currency
 * @param since when the first snapshot beyond the bound was applied
 */
record HeldPrice(long proposedCents, String proposedCurrency, OffsetDateTime since) {

}
