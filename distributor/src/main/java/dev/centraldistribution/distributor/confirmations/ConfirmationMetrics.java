package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Meters of the confirmations: acknowledgements and shipment reports by outcome, the time
 * from an order's placement to its manufacturer's answer, refunds, and sub-orders
 * overdue.
 */
@Component
class ConfirmationMetrics {

	static final String ACKNOWLEDGEMENTS = "distributor.confirmations.acknowledgements";

	static final String LATENCY = "distributor.confirmations.acknowledgement.latency";

	static final String REFUNDS = "distributor.confirmations.refunds";

	static final String REPORTS = "distributor.confirmations.reports";

	static final String OVERDUE = "distributor.confirmations.overdue";

	/** Every outcome, registered at start so that a scrape shows them at zero. */
	private static final List<String> OUTCOMES = List.of("applied", "duplicate", "unknown-sub-order",
			"wrong-manufacturer", "unreadable");

	private final MeterRegistry registry;

	private final Clock clock;

	private final Timer latency;

	ConfirmationMetrics(MeterRegistry registry, UnansweredSubOrders unanswered, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		Gauge.builder(OVERDUE, unanswered, (subOrders) -> subOrders.overdue(clock.instant()))
			.description("Sub-orders waiting for their manufacturer's answer past the deadline")
			.register(registry);
		this.latency = Timer.builder(LATENCY)
			.description("From an order's placement to its manufacturer's acknowledgement")
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(registry);
		for (String outcome : OUTCOMES) {
			acknowledgements(outcome);
			registry.counter(REPORTS, "outcome", outcome);
		}
	}

	/**
	 * Counts an acknowledgement.
	 * @param outcome {@code applied}, {@code duplicate}, {@code refused},
	 * {@code unknown-sub-order}, {@code wrong-manufacturer} or {@code unreadable}
	 */
	void acknowledgement(String outcome) {
		acknowledgements(outcome).increment();
	}

	/**
	 * Counts a shipment or delivery report.
	 * @param outcome {@code applied}, {@code duplicate}, {@code refused},
	 * {@code unknown-sub-order}, {@code wrong-manufacturer} or {@code unreadable}
	 */
	void report(String outcome) {
		this.registry.counter(REPORTS, "outcome", outcome).increment();
	}

	void answered(Instant placedAt, Instant now) {
		this.latency.record(Duration.between(placedAt, now));
	}

	private Counter acknowledgements(String outcome) {
		return Counter.builder(ACKNOWLEDGEMENTS)
			.description("Acknowledgements received, by what became of them")
			.tag("outcome", outcome)
			.register(this.registry);
	}

	void refund(String outcome) {
		this.registry.counter(REFUNDS, "outcome", outcome).increment();
	}

}
