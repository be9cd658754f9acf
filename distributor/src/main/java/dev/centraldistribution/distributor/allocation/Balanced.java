package dev.centraldistribution.distributor.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A score of four terms, each divided by the largest among the candidates so that they
 * weigh the same: distance, unit price, load (sub-orders not yet acknowledged) and
 * acknowledgement latency (the median of the latest answers); the lowest score first. A
 * manufacturer that has not answered lately scores 0 on latency: nothing is known against
 * it, and a manufacturer that does not answer at all piles up load instead.
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
		double maxLatency = max(all, Balanced::latencyMillis);
		return Comparator.comparingDouble(
				(Ranked ranked) -> ranked.distanceKm() / maxDistance + ranked.candidate().unitPriceCents() / maxPrice
						+ ranked.candidate().openSubOrders() / maxLoad + latencyMillis(ranked) / maxLatency);
	}

	private static double latencyMillis(Ranked ranked) {
		return ranked.candidate().acknowledgementLatency().toMillis();
	}

	/** The largest value, or 1 when all are 0, so that a division never divides by 0. */
	private static double max(List<Ranked> all, ToDoubleFunction<Ranked> value) {
		double max = all.stream().mapToDouble(value).max().orElse(0);
		return (max > 0) ? max : 1;
	}

}
