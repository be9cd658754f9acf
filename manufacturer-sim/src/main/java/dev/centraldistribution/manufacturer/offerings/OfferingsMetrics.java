package dev.centraldistribution.manufacturer.offerings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Meters of what the manufacturer offers: {@code manufacturer.offerings.requests}, the
 * snapshots served (the distributor's pulls), and {@code manufacturer.stock.units}, the
 * units on hand of all products together (read from the database at each scrape).
 */
@Component
class OfferingsMetrics {

	static final String REQUESTS = "manufacturer.offerings.requests";

	static final String STOCK = "manufacturer.stock.units";

	private final Counter requests;

	OfferingsMetrics(MeterRegistry registry, OfferingsRepository offerings) {
		this.requests = Counter.builder(REQUESTS)
			.description("Offerings snapshots served (GET /api/offerings)")
			.register(registry);
		Gauge.builder(STOCK, offerings, OfferingsRepository::unitsOnHand)
			.description("Units on hand, all products together")
			.register(registry);
	}

	void served() {
		this.requests.increment();
	}

}
