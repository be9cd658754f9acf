package dev.centraldistribution.manufacturer.offerings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Meters of what the manufacturer offers: {@code manufacturer.offerings.requests}, the
 * requests answered (the distributor's pulls),
 * {@code manufacturer.offerings.not-modified}, those of them answered
 * {@code 304 Not Modified}, and {@code manufacturer.stock.units}, the units on hand of
 * all products together (read from the database at each scrape).
 */
@Component
class OfferingsMetrics {

	static final String REQUESTS = "manufacturer.offerings.requests";

	static final String STOCK = "manufacturer.stock.units";

	static final String NOT_MODIFIED = "manufacturer.offerings.not-modified";

	private final Counter requests;

	private final Counter notModified;

	OfferingsMetrics(MeterRegistry registry, OfferingsRepository offerings) {
		this.requests = Counter.builder(REQUESTS)
			.description("Offerings snapshots served (GET /api/offerings)")
			.register(registry);
		this.notModified = Counter.builder(NOT_MODIFIED)
			.description("Offerings requests answered 304 Not Modified (the distributor had the current snapshot)")
			.register(registry);
		Gauge.builder(STOCK, offerings, OfferingsRepository::unitsOnHand)
			.description("Units on hand, all products together")
			.register(registry);
	}

	void served() {
		this.requests.increment();
	}

	void notModified() {
		this.requests.increment();
		this.notModified.increment();
	}

}
