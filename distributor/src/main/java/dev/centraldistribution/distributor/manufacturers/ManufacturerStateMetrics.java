package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauges of the failure detector's states, read from the database, where every instance
 * sees the same, at most once per {@link #FRESH_FOR} (one scrape reads every series from
 * one query). The age of the reading is measured with {@link System#nanoTime()}, not the
 * application's clock, which tests stop or move.
 * <ul>
 * <li>{@code distributor.manufacturers{state}}: how many manufacturers are in each state
 * (one series per state, so bounded whoever says hello);</li>
 * <li>{@code distributor.manufacturer.state{manufacturer, state}}: 1 for the state each
 * manufacturer is in, 0 for the five others (the convention of kube-state-metrics'
 * {@code kube_pod_status_phase}: {@code == 1} selects, {@code changes()} counts moves,
 * and no number stands for a state). Six series per registered manufacturer: those
 * registered when the instance started, those whose state this instance changes, and
 * those any reading finds (a manufacturer registered by another instance appears from the
 * scrape after the one that found it).</li>
 * </ul>
 */
@Component
class ManufacturerStateMetrics {

	static final String STATES = "distributor.manufacturers";

	static final String STATE = "distributor.manufacturer.state";

	static final Duration FRESH_FOR = Duration.ofSeconds(1);

	private final MeterRegistry registry;

	private final ManufacturerDirectory directory;

	private final Set<String> watched = ConcurrentHashMap.newKeySet();

	private volatile Reading reading;

	ManufacturerStateMetrics(MeterRegistry registry, ManufacturerDirectory directory) {
		this.registry = registry;
		this.directory = directory;
		for (ManufacturerState state : ManufacturerState.values()) {
			Gauge.builder(STATES, this, (metrics) -> metrics.count(state))
				.description("Manufacturers in each state of the failure detector")
				.tag("state", name(state))
				.register(registry);
		}
		directory.health().forEach((health) -> watch(health.code()));
	}

	@EventListener
	void on(ManufacturerStateChanged change) {
		watch(change.code());
	}

	private void watch(String code) {
		if (this.watched.add(code)) {
			for (ManufacturerState state : ManufacturerState.values()) {
				Gauge.builder(STATE, this, (metrics) -> metrics.isIn(code, state))
					.description("1 for the failure detector's state of each manufacturer, 0 for the others")
					.tag("manufacturer", code)
					.tag("state", name(state))
					.register(this.registry);
			}
		}
	}

	private double count(ManufacturerState state) {
		return read().counts().getOrDefault(state, 0L);
	}

	private double isIn(String code, ManufacturerState state) {
		return (read().states().get(code) == state) ? 1 : 0;
	}

	private Reading read() {
		long now = System.nanoTime();
		Reading current = this.reading;
		if (current == null || now - current.atNanos() > FRESH_FOR.toNanos()) {
			Map<ManufacturerState, Long> counts = new EnumMap<>(ManufacturerState.class);
			Map<String, ManufacturerState> states = new HashMap<>();
			this.directory.health().forEach((health) -> {
				counts.merge(health.state(), 1L, Long::sum);
				states.put(health.code(), health.state());
			});
			current = new Reading(now, counts, states);
			this.reading = current;
			states.keySet().forEach(this::watch);
		}
		return current;
	}

	private static String name(ManufacturerState state) {
		return state.name().toLowerCase(Locale.ROOT);
	}

	private record Reading(long atNanos, Map<ManufacturerState, Long> counts, Map<String, ManufacturerState> states) {
	}

}
