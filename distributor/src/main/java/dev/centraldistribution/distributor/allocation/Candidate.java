package dev.centraldistribution.distributor.allocation;

import java.time.Duration;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * One manufacturer's offering of the product, as a strategy weighs it.
 *
 * @param offering the offering
 * @param manufacturerCode its manufacturer
 * @param manufacturerName the name customers see
 * @param location where the manufacturer is
 * @param unitPriceCents its price, in minor units
 * @param currency the price's currency
 * @param available units it can supply now
 * @param alive whether its manufacturer is alive (its goods are on sale)
 * @param openSubOrders sub-orders it has not acknowledged yet: its load
 * @param acknowledgementLatency its median time to acknowledge a sub-order lately; zero
 * when it has not answered lately
 */
public record Candidate(OfferingId offering, String manufacturerCode, String manufacturerName, GeoLocation location,
		long unitPriceCents, String currency, long available, boolean alive, long openSubOrders,
		Duration acknowledgementLatency) {

}
