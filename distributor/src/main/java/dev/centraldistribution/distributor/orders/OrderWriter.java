package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Writes a new order, its sub-orders and its lines: three round trips whatever the size
 * of the order, the sub-orders and the lines each going as one JDBC batch.
 */
@Repository
class OrderWriter {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batches;

	OrderWriter(JdbcClient jdbc, NamedParameterJdbcOperations batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	OrderPlaced insert(NewOrder newOrder) {
		OrderId order = insertOrder(newOrder);
		Map<String, List<NewOrder.Line>> byManufacturer = newOrder.byManufacturer();
		List<SubOrderId> subOrderIds = insertSubOrders(order, byManufacturer);
		List<OrderPlaced.SubOrder> subOrders = new ArrayList<>();
		List<SqlParameterSource> lines = new ArrayList<>();
		int index = 0;
		for (List<NewOrder.Line> supplied : byManufacturer.values()) {
			SubOrderId subOrder = subOrderIds.get(index++);
			supplied.forEach((line) -> lines.add(lineRow(order, subOrder, line)));
			subOrders.add(new OrderPlaced.SubOrder(subOrder, supplied.get(0).manufacturerCode(),
					NewOrder.totalOf(supplied), supplied.stream().map(OrderWriter::placedLine).toList()));
		}
		this.batches.batchUpdate("""
				insert into order_line (order_id, sub_order_id, offering_id, sku, product_name, unit_price_cents,
				                        quantity)
				values (:order, :subOrder, :offering, :sku, :productName, :unitPrice, :quantity)
				""", lines.toArray(SqlParameterSource[]::new));
		return new OrderPlaced(order, newOrder.customer(), newOrder.placedAt(), newOrder.totalCents(),
				newOrder.currency(), subOrders);
	}

	private OrderId insertOrder(NewOrder order) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into customer_order (customer_id, checkout_token, status, total_cents, quoted_total_cents,
				                            currency, payment_reference, placed_at)
				values (:customer, :token, :status, :total, :quotedTotal, :currency, :payment, :now)
				""")
			.param("customer", order.customer().value())
			.param("token", order.checkoutReference())
			.param("status", OrderStatus.PLACED.name())
			.param("total", order.totalCents())
			.param("quotedTotal", order.quotedTotalCents())
			.param("currency", order.currency())
			.param("payment", order.paymentReference())
			.param("now", utc(order.placedAt()))
			.update(key, "id");
		return new OrderId(key.getKeyAs(Long.class));
	}

	private List<SubOrderId> insertSubOrders(OrderId order, Map<String, List<NewOrder.Line>> byManufacturer) {
		SqlParameterSource[] rows = byManufacturer.values()
			.stream()
			.map((supplied) -> new MapSqlParameterSource().addValue("order", order.value())
				.addValue("code", supplied.get(0).manufacturerCode())
				.addValue("name", supplied.get(0).manufacturerName())
				.addValue("status", SubOrderStatus.PLACED.name())
				.addValue("total", NewOrder.totalOf(supplied)))
			.toArray(SqlParameterSource[]::new);
		KeyHolder keys = new GeneratedKeyHolder();
		this.batches.batchUpdate("""
				insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents)
				values (:order, :code, :name, :status, :total)
				""", rows, keys, new String[] { "id" });
		return keys.getKeyList().stream().map((row) -> new SubOrderId(((Number) row.get("id")).longValue())).toList();
	}

	private static SqlParameterSource lineRow(OrderId order, SubOrderId subOrder, NewOrder.Line line) {
		return new MapSqlParameterSource().addValue("order", order.value())
			.addValue("subOrder", subOrder.value())
			.addValue("offering", line.offering().value())
			.addValue("sku", line.sku())
			.addValue("productName", line.productName())
			.addValue("unitPrice", line.unitPriceCents())
			.addValue("quantity", line.quantity());
	}

	private static OrderPlaced.Line placedLine(NewOrder.Line line) {
		return new OrderPlaced.Line(line.offering(), line.sku(), line.quantity(), line.unitPriceCents());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
