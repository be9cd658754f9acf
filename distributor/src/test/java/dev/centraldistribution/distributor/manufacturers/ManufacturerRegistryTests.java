package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.contracts.GeoLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration by code is an upsert that several instances can run at once.
 */
@SpringBootTest
class ManufacturerRegistryTests {

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	ManufacturerHealthTracker health;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnlistedManufacturers unlisted;

	@Autowired
	PresenceProperties presence;

	List<String> codes = new ArrayList<>();

	@AfterEach
	void deleteManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void registeringAgainUpdatesTheManufacturerAndKeepsItsHealth() {
		String code = code();
		Manufacturer first = this.registry.register(registration(code, "Acme", "http://127.0.0.1:8081"));
		this.health.pullFailed(code, Instant.parse("2026-01-01T10:00:00Z"), "HTTP status 500");

		Manufacturer second = this.registry
			.register(new ManufacturerRegistration(code, "Acme Tools", URI.create("http://10.0.0.7:8081"), null));

		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.name()).isEqualTo("Acme Tools");
		assertThat(second.baseUrl()).isEqualTo(URI.create("http://10.0.0.7:8081"));
		assertThat(second.location()).isNull();
		assertThat(rows(code)).isEqualTo(1);
		ManufacturerHealth health = this.directory.health(code).orElseThrow();
		assertThat(health.healthy()).isFalse();
		assertThat(health.lastError()).isEqualTo("HTTP status 500");
	}

	@Test
	void aNewManufacturerIsNotHealthyUntilItsFirstPull() {
		String code = code();
		this.registry.register(registration(code, "Acme", "http://127.0.0.1:8081"));

		ManufacturerHealth health = this.directory.health(code).orElseThrow();

		assertThat(health).usingRecursiveComparison()
			.ignoringFields("stateSince")
			.isEqualTo(new ManufacturerHealth(code, "Acme", new GeoLocation(48.85, 2.35), false, null, null, null, 0,
					ManufacturerState.UNKNOWN, null, null, null));
		assertThat(health.stateSince()).isNotNull();
		assertThat(health.isStale()).isTrue();
		assertThat(health.isSellable()).isFalse();
	}

	@Test
	void instancesRegisteringTheSameManufacturerAtOnceNeverFail() throws Exception {
		int instances = 6;
		ExecutorService threads = Executors.newFixedThreadPool(instances);
		try {
			for (int round = 0; round < 10; round++) {
				String code = code();
				CyclicBarrier together = new CyclicBarrier(instances);
				List<Future<Manufacturer>> registrations = new ArrayList<>();
				for (int i = 0; i < instances; i++) {
					registrations.add(threads.submit(() -> {
						together.await(1, TimeUnit.MINUTES);
						return this.registry.register(registration(code, "Acme", "http://127.0.0.1:8081"));
					}));
				}
				List<Long> ids = new ArrayList<>();
				for (Future<Manufacturer> registration : registrations) {
					ids.add(registration.get(1, TimeUnit.MINUTES).id());
				}
				assertThat(ids).as("one manufacturer, whoever inserted it").containsOnly(ids.get(0));
				assertThat(rows(code)).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void registersSeveralInCodeOrder() {
		String b = "b" + code();
		String a = "a" + code();
		this.codes.addAll(List.of(a, b));

		List<Manufacturer> registered = this.registry.registerAll(
				List.of(registration(b, "B", "http://127.0.0.1:8082"), registration(a, "A", "http://127.0.0.1:8081")));

		assertThat(registered).extracting(Manufacturer::code).containsExactly(a, b);
		assertThat(this.directory.findByCode(a)).map(Manufacturer::name).hasValue("A");
	}

	@Test
	void configuredManufacturersAreRegisteredAtStartup() {
		String code = code();
		Map<String, String> settings = Map.of("distributor.manufacturers[0].code", code,
				"distributor.manufacturers[0].name", "  Acme  ", "distributor.manufacturers[0].base-url",
				"http://127.0.0.1:8081/", "distributor.manufacturers[0].location.latitude", "45.5",
				"distributor.manufacturers[0].location.longitude", "-73.6");
		ManufacturersProperties properties = new Binder(new MapConfigurationPropertySource(settings))
			.bind("distributor", ManufacturersProperties.class)
			.get();

		new ConfiguredManufacturers(properties, this.registry, this.unlisted, this.presence)
			.afterSingletonsInstantiated();

		Manufacturer acme = this.directory.findByCode(code).orElseThrow();
		assertThat(acme.name()).isEqualTo("Acme");
		assertThat(acme.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8081/"));
		assertThat(acme.location()).isEqualTo(new GeoLocation(45.5, -73.6));
	}

	private String code() {
		String code = TestManufacturers.uniqueCode("reg");
		this.codes.add(code);
		return code;
	}

	private int rows(String code) {
		return this.jdbc.sql("select count(*) from manufacturer where code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	private static ManufacturerRegistration registration(String code, String name, String baseUrl) {
		return new ManufacturerRegistration(code, name, URI.create(baseUrl), new GeoLocation(48.85, 2.35));
	}

}
