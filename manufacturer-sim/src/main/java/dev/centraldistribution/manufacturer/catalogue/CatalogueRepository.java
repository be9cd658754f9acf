package dev.centraldistribution.manufacturer.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes catalogue entries to the product table; stock is only ever set on insert.
 */
@Repository
class CatalogueRepository {

	private final JdbcClient jdbc;

	CatalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Updates what the catalogue describes of an existing product, keeping its stock and
	 * applied total.
	 * @return whether the product existed
	 */
	boolean updateDescription(CatalogueEntry entry) {
		return this.jdbc.sql("""
				update product
				set name = :name, unit_price_cents = :unitPriceCents, currency = :currency,
				    cap = :cap, production_rate = :productionRate, category = :category,
				    description = :description
				where sku = :sku
				""")
			.param("name", entry.name())
			.param("unitPriceCents", entry.unitPriceCents())
			.param("currency", entry.currency())
			.param("cap", entry.cap())
			.param("productionRate", entry.productionRate())
			.param("category", entry.category())
			.param("description", entry.description())
			.param("sku", entry.sku())
			.update() == 1;
	}

	void insert(CatalogueEntry entry) {
		this.jdbc.sql("""
				insert into product (sku, name, unit_price_cents, currency, available, cap, production_rate,
				                     applied_total, created_at, category, description)
				values (:sku, :name, :unitPriceCents, :currency, :initialStock, :cap, :productionRate,
				        0, current_timestamp, :category, :description)
				""")
			.param("sku", entry.sku())
			.param("name", entry.name())
			.param("unitPriceCents", entry.unitPriceCents())
			.param("currency", entry.currency())
			.param("initialStock", entry.initialStock())
			.param("cap", entry.cap())
			.param("productionRate", entry.productionRate())
			.param("category", entry.category())
			.param("description", entry.description())
			.update();
	}

}
