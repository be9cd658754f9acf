package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance is ready to serve customers once at least one manufacturer is alive; its
 * overall health, which scripts wait on before manufacturers start, leaves that out. The
 * {@code manufacturers} endpoint shows each one's state and pulls.
 */
@SpringBootTest
class ReadinessNeedsAnAliveManufacturerTests {

	@Autowired
	HealthEndpoint health;

	@Autowired
	ManufacturersEndpoint endpoint;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ManufacturerHealthTracker tracker;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	JdbcClient jdbc;

	final List<String> codes = new ArrayList<>();

	@AfterEach
	void forgetManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void readinessIsUpOnlyWhileAManufacturerIsAlive() {
		String code = register();
		// Other tests of a shared database may have left live manufacturers behind.
		Status expected = this.directory.health().stream().anyMatch(ManufacturerHealth::isSellable) ? Status.UP
				: Status.OUT_OF_SERVICE;

		assertThat(this.health.healthForPath("readiness").getStatus()).isEqualTo(expected);

		this.tracker.pullSucceeded(code, Instant.now(), Duration.ofMillis(42));

		assertThat(this.health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void theOverallHealthLeavesManufacturersOut() {
		register();

		CompositeHealthDescriptor overall = (CompositeHealthDescriptor) this.health.health();

		assertThat(overall.getComponents()).isNotEmpty().doesNotContainKey(ManufacturersReadiness.NAME);
		assertThat(this.health.healthForPath("readiness", ManufacturersReadiness.NAME)).as("part of readiness")
			.isNotNull();
	}

	@Test
	void readinessAlsoNeedsTheDatabaseAndTheBrokerWhileLivenessNeedsNeither() {
		register();

		CompositeHealthDescriptor readiness = (CompositeHealthDescriptor) this.health.healthForPath("readiness");
		CompositeHealthDescriptor liveness = (CompositeHealthDescriptor) this.health.healthForPath("liveness");

		assertThat(readiness.getComponents()).containsKeys("readinessState", "db", "rabbit",
				ManufacturersReadiness.NAME);
		assertThat(readiness.getComponents().get("db").getStatus()).isEqualTo(Status.UP);
		assertThat(readiness.getComponents().get("rabbit").getStatus()).isEqualTo(Status.UP);
		assertThat(liveness.getComponents()).containsOnlyKeys("livenessState");
	}

	@Test
	void theEndpointShowsEachManufacturersStateAndPulls() {
		String code = register();
		Instant pulled = Instant.parse("2026-12-04T10:00:00Z");
		this.tracker.pullSucceeded(code, pulled, Duration.ofMillis(42));
		this.tracker.pullFailed(code, pulled.plusSeconds(10), "HTTP status 503\n", Duration.ofMillis(7));

		ManufacturersEndpoint.Entry entry = this.endpoint.manufacturers()
			.manufacturers()
			.stream()
			.filter((manufacturer) -> manufacturer.code().equals(code))
			.findFirst()
			.orElseThrow();

		assertThat(entry.name()).isEqualTo("Manufacturer " + code);
		assertThat(entry.state()).isEqualTo(ManufacturerState.SUSPECT);
		assertThat(entry.since()).isNotNull();
		assertThat(entry.lastHeartbeat()).isNull();
		assertThat(entry.lastSuccessfulPull()).isEqualTo(pulled);
		assertThat(entry.lastPullMillis()).isEqualTo(7);
		assertThat(entry.lastError()).isEqualTo("HTTP status 503");
	}

	private String register() {
		String code = TestManufacturers.register(this.registry, "ready", URI.create("http://127.0.0.1:9")).code();
		this.codes.add(code);
		return code;
	}

}
