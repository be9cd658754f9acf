package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

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

	private final MeterRegistry registry;

	private final Clock clock;

	ConfirmationMetrics(MeterRegistry registry, UnansweredSubOrders unanswered, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		Gauge.builder(OVERDUE, unanswered, (subOrders) -> subOrders.overdue(clock.instant()))
			.description("Sub-orders waiting for their manufacturer's answer past the deadline")
			.register(registry);
	}

	/**
	 * Counts an acknowledgement.
	 * @param outcome {@code applied}, {@code duplicate}, {@code refused},
	 * {@code unknown-sub-order}, {@code wrong-manufacturer} or {@code unreadable}
	 */
	void acknowledgement(String outcome) {
		this.registry.counter(ACKNOWLEDGEMENTS, "outcome", outcome).increment();
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
		this.registry.timer(LATENCY).record(Duration.between(placedAt, now));
	}

	void refund(String outcome) {
		this.registry.counter(REFUNDS, "outcome", outcome).increment();
	}

}
