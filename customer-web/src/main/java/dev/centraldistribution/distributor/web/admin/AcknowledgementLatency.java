package dev.centraldistribution.distributor.web.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How long a manufacturer took to answer: from the order's placement to the arrival of
 * its acknowledgement, over its latest answers (nearest-rank percentiles).
 *
 * @param answers how many answers the figures are drawn from
 * @param p50 the median, {@code null} without answers
 * @param p95 the 95th percentile, {@code null} without answers
 */
record AcknowledgementLatency(int answers, Duration p50, Duration p95) {

	static AcknowledgementLatency of(Collection<Duration> latencies) {
		if (latencies.isEmpty()) {
			return new AcknowledgementLatency(0, null, null);
		}
		List<Duration> sorted = new ArrayList<>(latencies);
		sorted.sort(null);
		return new AcknowledgementLatency(sorted.size(), rank(sorted, 50), rank(sorted, 95));
	}

	private static Duration rank(List<Duration> sorted, int percentile) {
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
