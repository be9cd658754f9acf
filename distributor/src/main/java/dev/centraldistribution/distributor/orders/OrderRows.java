package dev.centraldistribution.distributor.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads orders with their sub-orders and lines: three queries for a whole page. Every
 * query of orders here names the customer, so that nobody reads another's orders; the
 * operator's queries, which name none, are {@link OperatorOrderRows}.
 */
@Repository
class OrderRows {

	static final String COLUMNS = "select id, customer_id, placed_at, status, total_cents, quoted_total_cents, currency "
			+ "from customer_order ";

	private static final String ORDER_COLUMNS = COLUMNS + "where customer_id = :customer ";

	private final JdbcClient jdbc;

	OrderRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count(CustomerId customer, OrderStatus status) {
		return this.jdbc.sql("select count(*) from customer_order where customer_id = :customer" + withStatus(status))
			.param("customer", customer.value())
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
	}

	List<OrderSummary> page(CustomerId customer, OrderStatus status, int page, int size,
			Instant overdueIfPlacedBefore) {
		return withDetails(overdueIfPlacedBefore, this.jdbc
			.sql(ORDER_COLUMNS + withStatus(status) + " order by placed_at desc, id desc limit :limit offset :offset")
			.param("customer", customer.value())
			.param("status", (status != null) ? status.name() : null)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(OrderRows::order)
			.list());
	}

	private static String withStatus(OrderStatus status) {
		return (status != null) ? " and status = :status" : "";
	}

	List<OrderSummary> find(CustomerId customer, OrderId order, Instant overdueIfPlacedBefore) {
		return withDetails(overdueIfPlacedBefore,
				this.jdbc.sql(ORDER_COLUMNS + "and id = :id")
					.param("customer", customer.value())
					.param("id", order.value())
					.query(OrderRows::order)
					.list());
	}

	/**
	 * The orders with their sub-orders, lines and timelines, in the order given.
	 */
	List<OrderSummary> withDetails(Instant overdueIfPlacedBefore, List<OrderHead> heads) {
		if (heads.isEmpty()) {
			return List.of();
		}
		List<Long> ids = heads.stream().map((head) -> head.id().value()).toList();
		Map<Long, List<OrderLineSummary>> linesBySubOrder = new LinkedHashMap<>();
		Map<Long, Instant> lastRefundBySubOrder = new HashMap<>();
		this.jdbc.sql("""
				select sub_order_id, sku, product_name, unit_price_cents, quantity, accepted, rejection_reason,
				       refunded_at
				from order_line where order_id in (:ids) order by id
				""").param("ids", ids).query((row) -> {
			linesBySubOrder.computeIfAbsent(row.getLong("sub_order_id"), (key) -> new ArrayList<>())
				.add(new OrderLineSummary(row.getString("sku"), row.getString("product_name"),
						row.getLong("unit_price_cents"), row.getInt("quantity"),
						row.getObject("accepted", Boolean.class), row.getString("rejection_reason"),
						row.getObject("refunded_at") != null));
			OffsetDateTime refundedAt = row.getObject("refunded_at", OffsetDateTime.class);
			if (refundedAt != null) {
				lastRefundBySubOrder.merge(row.getLong("sub_order_id"), refundedAt.toInstant(),
						(one, other) -> one.isAfter(other) ? one : other);
			}
		});
		Map<Long, List<TimelineStep>> eventsBySubOrder = new HashMap<>();
		this.jdbc.sql("""
				select e.sub_order_id, e.event, e.occurred_at from sub_order_event e
				join sub_order s on s.id = e.sub_order_id
				where s.order_id in (:ids) order by e.id
				""").param("ids", ids).query((row) -> {
			eventsBySubOrder.computeIfAbsent(row.getLong("sub_order_id"), (key) -> new ArrayList<>())
				.add(new TimelineStep(TimelineStep.Kind.of(SubOrderEvent.valueOf(row.getString("event"))),
						row.getObject("occurred_at", OffsetDateTime.class).toInstant()));
		});
		Map<Long, List<SubOrderSummary>> subOrdersByOrder = new LinkedHashMap<>();
		this.jdbc.sql("""
				select s.id, s.order_id, s.manufacturer_code, s.manufacturer_name, s.status, s.total_cents, s.carrier,
				       s.tracking_number,
				       o.placed_at
				from sub_order s join customer_order o on o.id = s.order_id
				where s.order_id in (:ids) order by s.manufacturer_name, s.id
				""").param("ids", ids).query((row) -> {
			long id = row.getLong("id");
			SubOrderStatus status = SubOrderStatus.valueOf(row.getString("status"));
			Instant placedAt = row.getObject("placed_at", OffsetDateTime.class).toInstant();
			boolean overdue = status.waitsForAnswer() && placedAt.isBefore(overdueIfPlacedBefore);
			subOrdersByOrder.computeIfAbsent(row.getLong("order_id"), (key) -> new ArrayList<>())
				.add(new SubOrderSummary(new SubOrderId(id), row.getString("manufacturer_code"),
						row.getString("manufacturer_name"), status, row.getLong("total_cents"),
						linesBySubOrder.getOrDefault(id, List.of()), overdue, row.getString("carrier"),
						row.getString("tracking_number"), timeline(placedAt,
								eventsBySubOrder.getOrDefault(id, List.of()), lastRefundBySubOrder.get(id))));
		});
		return heads.stream()
			.map((head) -> new OrderSummary(head.id(), head.customer(), head.placedAt().toInstant(), head.status(),
					head.totalCents(), head.quotedTotalCents(), head.currency(),
					subOrdersByOrder.getOrDefault(head.id().value(), List.of())))
			.toList();
	}

	/** Placed, then the events applied in their order, then the last refund if any. */
	private static List<TimelineStep> timeline(Instant placedAt, List<TimelineStep> events, Instant lastRefund) {
		List<TimelineStep> steps = new ArrayList<>();
		steps.add(new TimelineStep(TimelineStep.Kind.PLACED, placedAt));
		steps.addAll(events);
		if (lastRefund != null) {
			steps.add(new TimelineStep(TimelineStep.Kind.REFUNDED, lastRefund));
		}
		return steps;
	}

	static OrderHead order(ResultSet row, int rowNumber) throws SQLException {
		return new OrderHead(new OrderId(row.getLong("id")), new CustomerId(row.getLong("customer_id")),
				row.getObject("placed_at", OffsetDateTime.class), OrderStatus.valueOf(row.getString("status")),
				row.getLong("total_cents"), row.getObject("quoted_total_cents", Long.class),
				row.getString("currency").strip());
	}

	record OrderHead(OrderId id, CustomerId customer, OffsetDateTime placedAt, OrderStatus status, long totalCents,
			Long quotedTotalCents, String currency) {
	}

}
