package dev.centraldistribution.distributor.allocation;

import java.util.Comparator;
import java.util.List;

/** The manufacturers closest to the delivery point first. */
final class NearestFirst extends RegionalFill {

	NearestFirst(double regionRadiusKm, long maxPerManufacturer) {
		super(regionRadiusKm, maxPerManufacturer);
	}

	@Override
	public Strategy strategy() {
		return Strategy.NEAREST;
	}

	@Override
	Comparator<Ranked> ranking(List<Ranked> all) {
		return Comparator.comparingDouble(Ranked::distanceKm);
	}

}
