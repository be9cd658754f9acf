package dev.centraldistribution.distributor.checkout;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Refused;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Meters of checkouts: how long each submission took by outcome (a histogram, for
 * percentiles across instances), orders placed, shortages and refusals by reason. All are
 * registered at start, so that a scrape shows them at zero before the first checkout.
 */
@Component
class CheckoutMetrics {

	static final String DURATION = "distributor.checkout.duration";

	static final String ORDERS_PLACED = "distributor.orders.placed";

	static final String SHORTAGES = "distributor.checkout.shortages";

	static final String REFUSALS = "distributor.checkout.refusals";

	private final Map<String, Timer> durations;

	private final Counter placed;

	private final Counter shortages;

	private final Map<CheckoutRefusal, Counter> refusals = new EnumMap<>(CheckoutRefusal.class);

	CheckoutMetrics(MeterRegistry registry) {
		this.durations = Map.of("placed", duration(registry, "placed"), "repeated", duration(registry, "repeated"),
				"short", duration(registry, "short"), "changed", duration(registry, "changed"), "refused",
				duration(registry, "refused"));
		this.placed = Counter.builder(ORDERS_PLACED)
			.description("Orders placed (a repeated submission of the same form not counted again)")
			.register(registry);
		this.shortages = Counter.builder(SHORTAGES)
			.description("Checkouts that bought nothing because lines ran short")
			.register(registry);
		for (CheckoutRefusal reason : CheckoutRefusal.values()) {
			this.refusals.put(reason,
					Counter.builder(REFUSALS)
						.description("Checkouts that bought nothing for a reason other than stock")
						.tag("reason", reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
						.register(registry));
		}
	}

	/** Counts a submission's outcome and records how long it took. */
	void record(CheckoutOutcome outcome, Duration took) {
		this.durations.get(count(outcome)).record(took);
	}

	/** Counts the outcome; returns its tag (Java 17: no pattern matching in switch). */
	private String count(CheckoutOutcome outcome) {
		if (outcome instanceof Placed placed) {
			if (placed.repeated()) {
				return "repeated";
			}
			this.placed.increment();
			return "placed";
		}
		if (outcome instanceof ShortOfStock) {
			this.shortages.increment();
			return "short";
		}
		if (outcome instanceof Refused refused) {
			this.refusals.get(refused.reason()).increment();
			return "refused";
		}
		return "changed";
	}

	private static Timer duration(MeterRegistry registry, String outcome) {
		return Timer.builder(DURATION)
			.description("Time to handle one checkout submission, payment authorisation included")
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(30))
			.register(registry);
	}

}
