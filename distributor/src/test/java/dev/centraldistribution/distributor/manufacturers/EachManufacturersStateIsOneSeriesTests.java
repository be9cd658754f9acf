package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code distributor.manufacturer.state{manufacturer, state}}: six series per
 * manufacturer, 1 for the state it is in and 0 for the others, following the database; a
 * manufacturer registered behind this instance's back gets its series from a reading, one
 * whose state this instance changes at once.
 */
@SpringBootTest
class EachManufacturersStateIsOneSeriesTests {

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void aManufacturerHasOneSeriesPerStateAndOnlyItsStateIsOne() {
		String code = code(new OfferingFixtures(this.jdbc).manufacturer("gauged", "Gauged Tools"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(series(code)).isEqualTo(
					Map.of("unknown", 0.0, "alive", 1.0, "suspect", 0.0, "down", 0.0, "left", 0.0, "unlisted", 0.0)));

		this.jdbc.sql("update manufacturer set presence_state = 'DOWN' where code = :code")
			.param("code", code)
			.update();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(series(code)).containsEntry("down", 1.0)
				.containsEntry("alive", 0.0)
				.values()
				.containsOnlyOnce(1.0));
	}

	@Test
	void aStateChangeOnThisInstanceRegistersItsSeriesAtOnce() {
		String code = code(new OfferingFixtures(this.jdbc).manufacturer("changed", "Changed Tools"));

		this.events.publishEvent(
				new ManufacturerStateChanged(code, ManufacturerState.UNKNOWN, ManufacturerState.ALIVE, Instant.now()));

		assertThat(this.meters.find(ManufacturerStateMetrics.STATE).tag("manufacturer", code).gauges()).hasSize(6);
	}

	/** Reads every state's gauge, which registers the series of a new manufacturer. */
	private Map<String, Double> series(String code) {
		this.meters.find(ManufacturerStateMetrics.STATES).gauges().forEach(Gauge::value);
		Map<String, Double> values = new TreeMap<>();
		this.meters.find(ManufacturerStateMetrics.STATE)
			.tag("manufacturer", code)
			.gauges()
			.forEach((gauge) -> values.put(gauge.getId().getTag("state"), gauge.value()));
		return values;
	}

	private String code(long manufacturer) {
		return this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
	}

}
