package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.util.UUID;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes manufacturers and offerings straight into the database for tests. Codes and skus
 * are unique per fixture so that tests sharing a database do not see each other.
 */
public final class OfferingFixtures {

	private final JdbcClient jdbc;

	private final String prefix = UUID.randomUUID().toString().substring(0, 8);

	public OfferingFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts a change of offerings written straight into the database, as every writer of
	 * offerings does before it commits ({@link CatalogChanges}): pages kept while nothing
	 * changed (the dashboard's) show the change at once.
	 * @param jdbc the database
	 */
	public static void recordChange(JdbcClient jdbc) {
		jdbc.sql("update catalog_change set changes = changes + 1 where slot = 0").update();
	}

	/** A unique sku for this fixture: {@code prefix-name}. */
	public String sku(String name) {
		return this.prefix + "-" + name;
	}

	public long manufacturer(String code, String name) {
		String uniqueCode = (this.prefix + code).substring(0, Math.min(32, this.prefix.length() + code.length()));
		this.jdbc
			.sql("insert into manufacturer (code, name, base_url, latitude, longitude, healthy, presence_state) "
					+ "values (:code, :name, 'http://127.0.0.1:1', 0, 0, true, 'ALIVE')")
			.param("code", uniqueCode)
			.param("name", name)
			.update();
		return this.jdbc.sql("select id from manufacturer where code = :code")
			.param("code", uniqueCode)
			.query(Long.class)
			.single();
	}

	/** A manufacturer at a place, for allocation: its distance and region count. */
	public long manufacturer(String code, String name, GeoLocation location) {
		long id = manufacturer(code, name);
		this.jdbc.sql("update manufacturer set latitude = :lat, longitude = :lon where id = :id")
			.param("lat", location.latitude())
			.param("lon", location.longitude())
			.param("id", id)
			.update();
		return id;
	}

	public OfferingId offering(long manufacturerId, String sku, String productName, long unitPriceCents,
			long available) {
		this.jdbc.sql("""
				insert into offering (manufacturer_id, sku, product_name, unit_price_cents, currency, available,
				                      sold_total, received_total, updated_at)
				values (:manufacturer, :sku, :name, :price, 'EUR', :available, 0, :available, :now)
				""")
			.param("manufacturer", manufacturerId)
			.param("sku", sku)
			.param("name", productName)
			.param("price", unitPriceCents)
			.param("available", available)
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.update();
		recordChange(this.jdbc);
		return new OfferingId(this.jdbc.sql("select id from offering where manufacturer_id = :m and sku = :sku")
			.param("m", manufacturerId)
			.param("sku", sku)
			.query(Long.class)
			.single());
	}

	/** Sets an offering's price, as a manufacturer's snapshot would. */
	public void price(OfferingId offering, long unitPriceCents) {
		this.jdbc.sql("update offering set unit_price_cents = :price where id = :id")
			.param("price", unitPriceCents)
			.param("id", offering.value())
			.update();
		recordChange(this.jdbc);
	}

	/**
	 * Puts a manufacturer in a state of the failure detector, with its offerings on sale
	 * only when it is alive, as the detector's change would.
	 */
	public void state(long manufacturerId, ManufacturerState state) {
		this.jdbc.sql("update manufacturer set presence_state = :state, state_since = :now where id = :id")
			.param("state", state.name())
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.param("id", manufacturerId)
			.update();
		this.jdbc.sql("update offering set on_sale = :sellable where manufacturer_id = :id")
			.param("sellable", state.isSellable())
			.param("id", manufacturerId)
			.update();
		recordChange(this.jdbc);
	}

}
