package dev.centraldistribution.distributor.allocation;

import java.util.Comparator;
import java.util.List;

/** The lowest unit price first; among equal prices, the nearest. */
final class CheapestFirst extends RegionalFill {

	CheapestFirst(double regionRadiusKm, long maxPerManufacturer) {
		super(regionRadiusKm, maxPerManufacturer);
	}

	@Override
	public Strategy strategy() {
		return Strategy.CHEAPEST;
	}

	@Override
	Comparator<Ranked> ranking(List<Ranked> all) {
		return Comparator.comparingLong((Ranked ranked) -> ranked.candidate().unitPriceCents())
			.thenComparingDouble(Ranked::distanceKm);
	}

}
