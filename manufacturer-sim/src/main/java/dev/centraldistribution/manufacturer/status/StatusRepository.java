package dev.centraldistribution.manufacturer.status;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.status.ManufacturerStatus.CycleSummaryStatus;
import dev.centraldistribution.manufacturer.status.ManufacturerStatus.LineCounts;
import dev.centraldistribution.manufacturer.status.ManufacturerStatus.ProductSalesStatus;
import dev.centraldistribution.manufacturer.status.ManufacturerStatus.ProductStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads products, processed messages and cycle summaries for the status endpoint.
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

	LineCounts countLines() {
		return this.jdbc.sql("""
				select coalesce(sum(lines_accepted), 0) as accepted, coalesce(sum(lines_rejected), 0) as rejected
				from processed_message
				where message_type = :type
				""")
			.param("type", PurchaseConfirmation.TYPE)
			.query((rs, row) -> new LineCounts(rs.getLong("accepted"), rs.getLong("rejected")))
			.single();
	}

	Optional<CycleSummaryStatus> findLastCycleSummary() {
		return this.jdbc.sql("""
				select message_id, cycle_number, opened_at, closed_at, received_at
				from cycle_summary
				order by cycle_number desc, received_at desc
				fetch first 1 rows only
				""")
			.query((rs, row) -> new CycleSummaryStatus(rs.getLong("cycle_number"), instant(rs, "opened_at"),
					instant(rs, "closed_at"), instant(rs, "received_at"), findSales(rs.getString("message_id"))))
			.optional();
	}

	private List<ProductSalesStatus> findSales(String messageId) {
		return this.jdbc.sql("""
				select sku, units_sold, revenue_cents
				from cycle_summary_product
				where message_id = :messageId
				order by line_number
				""")
			.param("messageId", messageId)
			.query((rs, row) -> new ProductSalesStatus(rs.getString("sku"), rs.getLong("units_sold"),
					rs.getLong("revenue_cents")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
