package dev.centraldistribution.manufacturer.status;

import java.util.List;

import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.status.ManufacturerStatus.ProductStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads products and processed messages for the status endpoint.
 */
@Repository
class StatusRepository {

	private final JdbcClient jdbc;

	StatusRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ProductStatus> findProducts() {
		return this.jdbc.sql("""
				select sku, name, unit_price_cents, currency, available, cap, production_rate, applied_total
				from product
				order by sku
				""")
			.query((rs, row) -> new ProductStatus(rs.getString("sku"), rs.getString("name"),
					rs.getLong("unit_price_cents"), rs.getString("currency"), rs.getLong("available"),
					rs.getLong("cap"), rs.getLong("production_rate"), rs.getLong("applied_total")))
			.list();
	}

	long countConfirmationsApplied() {
		return this.jdbc.sql("select count(*) from processed_message where message_type = :type")
			.param("type", PurchaseConfirmation.TYPE)
			.query(Long.class)
			.single();
	}

}
