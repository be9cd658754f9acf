package dev.centraldistribution.distributor.orders;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts the events applied to sub-orders by event and outcome; a refused one is an
 * illegal or stale transition (a message out of order or a manufacturer's mistake).
 */
@Component
class TransitionMetrics {

	static final String TRANSITIONS = "distributor.orders.transitions";

	private final MeterRegistry registry;

	TransitionMetrics(MeterRegistry registry) {
		this.registry = registry;
		// Registered at start, so that a scrape shows every series at zero.
		for (SubOrderEvent event : SubOrderEvent.values()) {
			for (String outcome : List.of("moved", "stayed", "refused", "duplicate")) {
				registry.counter(TRANSITIONS, "event", event.name(), "outcome", outcome);
			}
		}
	}

	/**
	 * Counts an event.
	 * @param event what happened
	 * @param outcome {@code moved}, {@code stayed}, {@code refused} or {@code duplicate}
	 */
	void count(SubOrderEvent event, String outcome) {
		this.registry.counter(TRANSITIONS, "event", event.name(), "outcome", outcome).increment();
	}

}
