package dev.centraldistribution.distributor.catalog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code distributor.catalog.price-holds} (gauge): offerings held off sale for the
 * operator because a snapshot raised their price beyond
 * {@code distributor.catalog.max-price-rise}; read from the database at each scrape, so
 * every instance reports the same number.
 */
@Component
class PriceHoldMetrics {

	static final String HELD = "distributor.catalog.price-holds";

	PriceHoldMetrics(MeterRegistry registry, PriceHolds holds) {
		Gauge.builder(HELD, holds, PriceHolds::count)
			.description("Offerings held off sale until the operator releases a price rise")
			.register(registry);
	}

}
