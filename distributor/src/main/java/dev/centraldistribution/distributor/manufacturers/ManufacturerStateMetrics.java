package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Gauge {@code distributor.manufacturers{state}}: how many manufacturers are in each
 * state (one series per state, so bounded whoever says hello). The states are read from
 * the database, where every instance sees the same, at most once per {@link #FRESH_FOR}:
 * one scrape reads all six series from one query. The age of the counts is measured with
 * {@link System#nanoTime()}, not the application's clock, which tests stop or move.
 */
@Component
class ManufacturerStateMetrics {

	static final String STATES = "distributor.manufacturers";

	static final Duration FRESH_FOR = Duration.ofSeconds(1);

	private final ManufacturerDirectory directory;

	private volatile Counts counts;

	ManufacturerStateMetrics(MeterRegistry registry, ManufacturerDirectory directory) {
		this.directory = directory;
		for (ManufacturerState state : ManufacturerState.values()) {
			Gauge.builder(STATES, this, (metrics) -> metrics.count(state))
				.description("Manufacturers in each state of the failure detector")
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	private double count(ManufacturerState state) {
		long now = System.nanoTime();
		Counts current = this.counts;
		if (current == null || now - current.atNanos() > FRESH_FOR.toNanos()) {
			Map<ManufacturerState, Long> counted = new EnumMap<>(ManufacturerState.class);
			this.directory.health().forEach((health) -> counted.merge(health.state(), 1L, Long::sum));
			current = new Counts(now, counted);
			this.counts = current;
		}
		return current.byState().getOrDefault(state, 0L);
	}

	private record Counts(long atNanos, Map<ManufacturerState, Long> byState) {
	}

}
