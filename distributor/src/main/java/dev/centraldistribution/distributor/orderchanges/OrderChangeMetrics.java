package dev.centraldistribution.distributor.orderchanges;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Meters of the order-change notices: sent by this instance (published or failed) and
 * received (applied or unreadable).
 */
@Component
class OrderChangeMetrics {

	static final String SENT = "distributor.live-updates.order-changes.sent";

	static final String RECEIVED = "distributor.live-updates.order-changes.received";

	private final MeterRegistry registry;

	OrderChangeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void sent(String outcome) {
		this.registry.counter(SENT, "outcome", outcome).increment();
	}

	void received(String outcome) {
		this.registry.counter(RECEIVED, "outcome", outcome).increment();
	}

}
