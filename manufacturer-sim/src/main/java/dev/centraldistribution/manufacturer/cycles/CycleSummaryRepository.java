package dev.centraldistribution.manufacturer.cycles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dev.centraldistribution.contracts.CycleSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes cycle summaries (their processed-message rows are {@code ProcessedMessages}).
 */
@Repository
class CycleSummaryRepository {

	private final JdbcClient jdbc;

	CycleSummaryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CycleSummary summary, Instant receivedAt) {
		this.jdbc.sql("""
				insert into cycle_summary (message_id, cycle_number, opened_at, closed_at, sent_at, received_at)
				values (:messageId, :cycleNumber, :openedAt, :closedAt, :sentAt, :receivedAt)
				""")
			.param("messageId", summary.messageId())
			.param("cycleNumber", summary.cycleNumber())
			.param("openedAt", utc(summary.openedAt()))
			.param("closedAt", utc(summary.closedAt()))
			.param("sentAt", utc(summary.sentAt()))
			.param("receivedAt", utc(receivedAt))
			.update();
		List<CycleSummary.ProductSales> products = summary.products();
		for (int i = 0; i < products.size(); i++) {
			CycleSummary.ProductSales sales = products.get(i);
			this.jdbc.sql("""
					insert into cycle_summary_product (message_id, line_number, sku, units_sold, revenue_cents)
					values (:messageId, :lineNumber, :sku, :unitsSold, :revenueCents)
					""")
				.param("messageId", summary.messageId())
				.param("lineNumber", i)
				.param("sku", sales.sku())
				.param("unitsSold", sales.unitsSold())
				.param("revenueCents", sales.revenueCents())
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
