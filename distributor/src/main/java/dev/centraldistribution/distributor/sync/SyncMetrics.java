package dev.centraldistribution.distributor.sync;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Meters of the catalog sync, tagged by manufacturer code (a configured, bounded set).
 * <ul>
 * <li>{@code distributor.sync.pull} (timer): duration of one manufacturer's pull, by
 * {@code outcome} ({@code synced}, {@code failed})</li>
 * <li>{@code distributor.sync.failures} (counter): failed pulls, by {@code reason}</li>
 * <li>{@code distributor.sync.products.rejected} (counter): products left out of a
 * snapshot, by {@code reason}</li>
 * <li>{@code distributor.sync.offerings.applied} (counter): products applied</li>
 * </ul>
 */
final class SyncMetrics {

	static final String PULL = "distributor.sync.pull";

	static final String FAILURES = "distributor.sync.failures";

	static final String REJECTED_PRODUCTS = "distributor.sync.products.rejected";

	static final String APPLIED_OFFERINGS = "distributor.sync.offerings.applied";

	private static final String MANUFACTURER = "manufacturer";

	private final MeterRegistry registry;

	SyncMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void synced(String manufacturer, Duration duration, int applied) {
		this.registry.timer(PULL, MANUFACTURER, manufacturer, "outcome", "synced").record(duration);
		this.registry.counter(APPLIED_OFFERINGS, MANUFACTURER, manufacturer).increment(applied);
	}

	void failed(String manufacturer, Duration duration, PullFailureReason reason) {
		this.registry.timer(PULL, MANUFACTURER, manufacturer, "outcome", "failed").record(duration);
		this.registry.counter(FAILURES, MANUFACTURER, manufacturer, "reason", reason.tag()).increment();
	}

	void rejected(String manufacturer, RejectionReason reason) {
		this.registry.counter(REJECTED_PRODUCTS, MANUFACTURER, manufacturer, "reason", reason.tag()).increment();
	}

}
