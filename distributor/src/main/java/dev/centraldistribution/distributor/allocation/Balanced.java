package dev.centraldistribution.distributor.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A score of distance, unit price and load (sub-orders not yet acknowledged), each
 * divided by the largest among the candidates so that the three weigh the same; the
 * lowest score first. A manufacturer that is slow to answer piles up unacknowledged
 * sub-orders, so load stands for its acknowledgement latency too.
 */
final class Balanced extends RegionalFill {

	Balanced(double regionRadiusKm, long maxPerManufacturer) {
		super(regionRadiusKm, maxPerManufacturer);
	}

	@Override
	public Strategy strategy() {
		return Strategy.BALANCED;
	}

	@Override
	Comparator<Ranked> ranking(List<Ranked> all) {
		double maxDistance = max(all, Ranked::distanceKm);
		double maxPrice = max(all, (ranked) -> ranked.candidate().unitPriceCents());
		double maxLoad = max(all, (ranked) -> ranked.candidate().openSubOrders());
		return Comparator.comparingDouble((Ranked ranked) -> ranked.distanceKm() / maxDistance
				+ ranked.candidate().unitPriceCents() / maxPrice + ranked.candidate().openSubOrders() / maxLoad);
	}

	/** The largest value, or 1 when all are 0, so that a division never divides by 0. */
	private static double max(List<Ranked> all, ToDoubleFunction<Ranked> value) {
		double max = all.stream().mapToDouble(value).max().orElse(0);
		return (max > 0) ? max : 1;
	}

}
