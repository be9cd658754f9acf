package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operator's reads of every customer's orders: one query for a page of orders (by
 * status, by customer, or past the acknowledgement deadline, each served by an index:
 * V23, V27, {@code customer_order_history}), then {@link OrderRows#withDetails} reads
 * their sub-orders, lines and timelines in three more, whatever the page size.
 */
@Repository
class OperatorOrderRows {

	private final JdbcClient jdbc;

	private final OrderRows rows;

	OperatorOrderRows(JdbcClient jdbc, OrderRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	/**
	 * @param limit the most orders to read
	 */
	List<OrderSummary> page(OrderCriteria criteria, long offset, int limit, Instant overdueIfPlacedBefore) {
		List<String> conditions = new ArrayList<>();
		if (criteria.status() != null) {
			conditions.add("status = :status");
		}
		if (criteria.customer() != null) {
			conditions.add("customer_id = :customer");
		}
		if (criteria.overdue()) {
			conditions.add("placed_at < :overdueBefore and exists (select 1 from sub_order s"
					+ " where s.order_id = customer_order.id and s.status = 'PLACED')");
		}
		String where = conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		return this.rows.withDetails(overdueIfPlacedBefore,
				this.jdbc
					.sql(OrderRows.COLUMNS + where + " order by placed_at desc, id desc limit :limit offset :offset")
					.param("status", (criteria.status() != null) ? criteria.status().name() : null)
					.param("customer", (criteria.customer() != null) ? criteria.customer().value() : null)
					.param("overdueBefore", OffsetDateTime.ofInstant(overdueIfPlacedBefore, ZoneOffset.UTC))
					.param("limit", limit)
					.param("offset", offset)
					.query(OrderRows::order)
					.list());
	}

	List<OrderSummary> find(OrderId order, Instant overdueIfPlacedBefore) {
		return this.rows.withDetails(overdueIfPlacedBefore,
				this.jdbc.sql(OrderRows.COLUMNS + "where id = :id")
					.param("id", order.value())
					.query(OrderRows::order)
					.list());
	}

}
