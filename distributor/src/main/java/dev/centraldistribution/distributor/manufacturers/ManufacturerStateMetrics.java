package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * one scrape reads all six series from one query.
 */
@Component
class ManufacturerStateMetrics {

	static final String STATES = "distributor.manufacturers";

	static final Duration FRESH_FOR = Duration.ofSeconds(1);

	private final ManufacturerDirectory directory;

	private final Clock clock;

	private volatile Counts counts = new Counts(Instant.MIN, Map.of());

	ManufacturerStateMetrics(MeterRegistry registry, ManufacturerDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
		for (ManufacturerState state : ManufacturerState.values()) {
			Gauge.builder(STATES, this, (metrics) -> metrics.count(state))
				.description("Manufacturers in each state of the failure detector")
				.tag("state", state.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	private double count(ManufacturerState state) {
		Instant now = this.clock.instant();
		Counts current = this.counts;
		if (current.at().plus(FRESH_FOR).isBefore(now) || current.at().isAfter(now)) {
			Map<ManufacturerState, Long> counted = new EnumMap<>(ManufacturerState.class);
			this.directory.health().forEach((health) -> counted.merge(health.state(), 1L, Long::sum));
			current = new Counts(now, counted);
			this.counts = current;
		}
		return current.byState().getOrDefault(state, 0L);
	}

	private record Counts(Instant at, Map<ManufacturerState, Long> byState) {
	}

}
