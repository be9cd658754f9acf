package dev.centraldistribution.distributor.allocation;

import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * What a strategy is asked.
 *
 * @param sku the product
 * @param quantity units wanted, at least one
 * @param deliverTo where they go
 * @param candidates every offering of the product, alive or not
 */
public record AllocationRequest(String sku, long quantity, GeoLocation deliverTo, List<Candidate> candidates) {

	public AllocationRequest {
		if (quantity < 1) {
			throw new IllegalArgumentException("A quantity is at least one");
		}
		candidates = List.copyOf(candidates);
	}

}
