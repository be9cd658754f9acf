package dev.centraldistribution.distributor.stockchanges;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Meters of the stock-change notices: sent by this instance (published or failed) and
 * received (applied, unreadable or failed).
 */
@Component
class StockChangeMetrics {

	static final String SENT = "distributor.live-updates.sent";

	static final String RECEIVED = "distributor.live-updates.received";

	private final MeterRegistry registry;

	StockChangeMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/**
	 * Counts a notice sent.
	 * @param outcome {@code published} or {@code failed}
	 */
	void sent(String outcome) {
		this.registry.counter(SENT, "outcome", outcome).increment();
	}

	/**
	 * Counts a notice received.
	 * @param outcome {@code applied}, {@code unreadable} or {@code failed}
	 */
	void received(String outcome) {
		this.registry.counter(RECEIVED, "outcome", outcome).increment();
	}

}
