package dev.centraldistribution.manufacturer.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import dev.centraldistribution.manufacturer.ManufacturerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Starts the application twice on the same database, as an operator restarting a
 * manufacturer would. On H2 the database is a named in-memory one that outlives the first
 * context; on PostgreSQL it is the shared test schema, hence skus unique to each run.
 */
class CatalogueSeedingAcrossRestartsTests {

	private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

	private final String hammer = "RESTART-" + this.run + "-HAMMER";

	private final String level = "RESTART-" + this.run + "-LEVEL";

	@TempDir
	Path directory;

	@Test
	void aRestartKeepsTheStockAndAddsNewProducts() throws IOException {
		Path catalogue = this.directory.resolve("catalogue.json");
		write(catalogue, product(this.hammer, "Claw hammer 450 g", 1999, 40));
		try (var first = start(catalogue)) {
			var jdbc = first.getBean(JdbcClient.class);
			assertThat(available(jdbc, this.hammer)).isEqualTo(40);
			jdbc.sql("update product set available = 7 where sku = :sku").param("sku", this.hammer).update();
		}

		write(catalogue, product(this.hammer, "Claw hammer 450 g, steel", 2199, 40) + ",\n"
				+ product(this.level, "Spirit level 60 cm", 2450, 12));
		try (var second = start(catalogue)) {
			var jdbc = second.getBean(JdbcClient.class);
			assertThat(available(jdbc, this.hammer)).as("stock kept across the restart").isEqualTo(7);
			assertThat(jdbc.sql("select name, unit_price_cents from product where sku = :sku")
				.param("sku", this.hammer)
				.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2))
				.single()).as("description follows the catalogue").isEqualTo("Claw hammer 450 g, steel 2199");
			assertThat(available(jdbc, this.level)).as("new product seeded").isEqualTo(12);
			jdbc.sql("delete from product where sku like :prefix")
				.param("prefix", "RESTART-" + this.run + "-%")
				.update();
		}
	}

	@Test
	void anInvalidCatalogueStopsTheStartNamingTheProblem() throws IOException {
		Path catalogue = this.directory.resolve("broken.json");
		write(catalogue, product(this.hammer, "Claw hammer 450 g", -1999, 40));

		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> start(catalogue).close())
			.satisfies((ex) -> assertThat(new InvalidCatalogueFailureAnalyzer().analyze(ex).getDescription())
				.contains(catalogue.toString())
				.contains("products[0].unitPriceCents must be greater than or equal to 0"));
	}

	private ConfigurableApplicationContext start(Path catalogue) {
		return new SpringApplicationBuilder(ManufacturerApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run("--manufacturer.catalogue=file:" + catalogue, "--test.database-name=restart-" + this.run);
	}

	private static long available(JdbcClient jdbc, String sku) {
		return jdbc.sql("select available from product where sku = :sku").param("sku", sku).query(Long.class).single();
	}

	private static void write(Path catalogue, String products) throws IOException {
		Files.writeString(catalogue, "[\n" + products + "\n]\n");
	}

	private static String product(String sku, String name, long unitPriceCents, long initialStock) {
		return """
				{"sku": "%s", "name": "%s", "unitPriceCents": %d, "currency": "EUR",
				 "initialStock": %d, "productionRate": 1, "cap": 100}""".formatted(sku, name, unitPriceCents,
				initialStock);
	}

}
