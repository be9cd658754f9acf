package dev.centraldistribution.manufacturer.offerings;

import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the products as offerings.
 */
@Repository
class OfferingsRepository {

	private final JdbcClient jdbc;

	OfferingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProductOffering> findAll() {
		return this.jdbc.sql("""
				select sku, name, unit_price_cents, currency, available, applied_total, description, category
				from product
				order by sku
				""")
			.query((rs, row) -> new ProductOffering(rs.getString("sku"), rs.getString("name"),
					rs.getLong("unit_price_cents"), rs.getString("currency"), rs.getLong("available"),
					rs.getLong("applied_total"), rs.getString("description"), rs.getString("category")))
			.list();
	}

	long unitsOnHand() {
		return this.jdbc.sql("select coalesce(sum(available), 0) from product").query(Long.class).single();
	}

}
