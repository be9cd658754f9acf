package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.util.UUID;

import dev.centraldistribution.contracts.GeoLocation;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Manufacturer rows for tests that share a database: unique codes, and removal of a
 * test's own rows with their offerings.
 */
public final class TestManufacturers {

	private TestManufacturers() {
	}

	/**
	 * A code no other test uses.
	 * @param prefix a few letters naming the test
	 * @return a valid, unique manufacturer code
	 */
	public static String uniqueCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
	}

	/**
	 * Registers a manufacturer under a unique code.
	 * @param registry the registry
	 * @param prefix a few letters naming the test
	 * @param baseUrl where it answers
	 * @return the registered manufacturer
	 */
	public static Manufacturer register(ManufacturerRegistry registry, String prefix, URI baseUrl) {
		String code = uniqueCode(prefix);
		return registry.register(
				new ManufacturerRegistration(code, "Manufacturer " + code, baseUrl, new GeoLocation(48.85, 2.35)));
	}

	/**
	 * Deletes manufacturers and their offerings.
	 * @param jdbc the database
	 * @param codes the manufacturers' codes
	 */
	public static void delete(JdbcClient jdbc, Iterable<String> codes) {
		for (String code : codes) {
			jdbc.sql("delete from offering where manufacturer_id in (select id from manufacturer where code = :code)")
				.param("code", code)
				.update();
			jdbc.sql("delete from supplier where manufacturer_id in (select id from manufacturer where code = :code)")
				.param("code", code)
				.update();
			jdbc.sql("delete from manufacturer where code = :code").param("code", code).update();
		}
		// As every writer of offerings counts its change (catalog.CatalogChanges).
		jdbc.sql("update catalog_change set changes = changes + 1 where slot = 0").update();
	}

}
