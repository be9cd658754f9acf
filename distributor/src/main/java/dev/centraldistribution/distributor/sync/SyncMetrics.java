package dev.centraldistribution.distributor.sync;

import java.time.Duration;

import dev.centraldistribution.distributor.adapters.PullFailureReason;
import dev.centraldistribution.distributor.adapters.RejectionReason;
import dev.centraldistribution.distributor.catalog.ReconciledSnapshot;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Meters of the catalog sync, tagged by manufacturer code (a configured, bounded set).
 * <ul>
 * <li>{@code distributor.sync.pull} (timer): duration of one manufacturer's pull, by
 * {@code outcome} ({@code synced}, {@code unchanged} when the manufacturer answered
 * {@code 304 Not Modified}, {@code failed})</li>
 * <li>{@code distributor.sync.failures} (counter): failed pulls, by {@code reason}</li>
 * <li>{@code distributor.sync.products.rejected} (counter): products left out of a
 * snapshot, by {@code reason}</li>
 * <li>{@code distributor.sync.offerings.applied} (counter): products applied</li>
 * <li>{@code distributor.sync.products.over-limit} (counter): new products left out
 * because their manufacturer is at
 * {@code distributor.catalog.max-offerings-per-manufacturer}</li>
 * <li>{@code distributor.sync.offerings.retired} (counter): offerings retired after being
 * left out of the snapshots for {@code distributor.catalog.retire-after}</li>
 * </ul>
 */
final class SyncMetrics {

	static final String PULL = "distributor.sync.pull";

	static final String FAILURES = "distributor.sync.failures";

	static final String REJECTED_PRODUCTS = "distributor.sync.products.rejected";

	static final String APPLIED_OFFERINGS = "distributor.sync.offerings.applied";

	static final String OVER_LIMIT_PRODUCTS = "distributor.sync.products.over-limit";

	static final String RETIRED_OFFERINGS = "distributor.sync.offerings.retired";

	private static final String MANUFACTURER = "manufacturer";

	private final MeterRegistry registry;

	SyncMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void synced(String manufacturer, Duration duration, ReconciledSnapshot reconciled) {
		this.registry.timer(PULL, MANUFACTURER, manufacturer, "outcome", "synced").record(duration);
		this.registry.counter(APPLIED_OFFERINGS, MANUFACTURER, manufacturer).increment(reconciled.applied());
		this.registry.counter(OVER_LIMIT_PRODUCTS, MANUFACTURER, manufacturer).increment(reconciled.overLimit());
		this.registry.counter(RETIRED_OFFERINGS, MANUFACTURER, manufacturer).increment(reconciled.retired());
	}

	void unchanged(String manufacturer, Duration duration) {
		this.registry.timer(PULL, MANUFACTURER, manufacturer, "outcome", "unchanged").record(duration);
	}

	void failed(String manufacturer, Duration duration, PullFailureReason reason) {
		this.registry.timer(PULL, MANUFACTURER, manufacturer, "outcome", "failed").record(duration);
		this.registry.counter(FAILURES, MANUFACTURER, manufacturer, "reason", reason.tag()).increment();
	}

	void rejected(String manufacturer, RejectionReason reason) {
		this.registry.counter(REJECTED_PRODUCTS, MANUFACTURER, manufacturer, "reason", reason.tag()).increment();
	}

}
