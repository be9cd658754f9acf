package dev.centraldistribution.distributor.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.customers.CustomerId;

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

	OrderPlaced insert(CustomerId customer, CheckoutToken token, Basket basket, String paymentReference, Instant now) {
		OrderId order = insertOrder(customer, token, basket, paymentReference, now);
		Map<String, List<BasketLine>> byManufacturer = basket.byManufacturer();
		List<SubOrderId> subOrderIds = insertSubOrders(order, byManufacturer);
		List<OrderPlaced.SubOrder> subOrders = new ArrayList<>();
		List<SqlParameterSource> lines = new ArrayList<>();
		int index = 0;
		for (List<BasketLine> supplied : byManufacturer.values()) {
			SubOrderId subOrder = subOrderIds.get(index++);
			supplied.forEach((line) -> lines.add(lineRow(order, subOrder, line)));
			subOrders.add(new OrderPlaced.SubOrder(subOrder, supplied.get(0).offering().manufacturerCode(),
					totalOf(supplied), supplied.stream().map(OrderWriter::placedLine).toList()));
		}
		this.batches.batchUpdate("""
				insert into order_line (order_id, sub_order_id, offering_id, sku, product_name, unit_price_cents,
				                        quantity)
				values (:order, :subOrder, :offering, :sku, :productName, :unitPrice, :quantity)
				""", lines.toArray(SqlParameterSource[]::new));
		return new OrderPlaced(order, customer, now, basket.totalCents(), basket.currency(), subOrders);
	}

	private OrderId insertOrder(CustomerId customer, CheckoutToken token, Basket basket, String paymentReference,
			Instant now) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into customer_order (customer_id, checkout_token, status, total_cents, currency,
				                            payment_reference, placed_at)
				values (:customer, :token, :status, :total, :currency, :payment, :now)
				""")
			.param("customer", customer.value())
			.param("token", token.value())
			.param("status", OrderStatus.PLACED.name())
			.param("total", basket.totalCents())
			.param("currency", basket.currency())
			.param("payment", paymentReference)
			.param("now", CheckoutTokens.utc(now))
			.update(key, "id");
		return new OrderId(key.getKeyAs(Long.class));
	}

	private List<SubOrderId> insertSubOrders(OrderId order, Map<String, List<BasketLine>> byManufacturer) {
		SqlParameterSource[] rows = byManufacturer.values()
			.stream()
			.map((supplied) -> new MapSqlParameterSource().addValue("order", order.value())
				.addValue("code", supplied.get(0).offering().manufacturerCode())
				.addValue("name", supplied.get(0).offering().manufacturerName())
				.addValue("status", SubOrderStatus.PLACED.name())
				.addValue("total", totalOf(supplied)))
			.toArray(SqlParameterSource[]::new);
		KeyHolder keys = new GeneratedKeyHolder();
		this.batches.batchUpdate("""
				insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents)
				values (:order, :code, :name, :status, :total)
				""", rows, keys, new String[] { "id" });
		return keys.getKeyList().stream().map((row) -> new SubOrderId(((Number) row.get("id")).longValue())).toList();
	}

	private static SqlParameterSource lineRow(OrderId order, SubOrderId subOrder, BasketLine line) {
		return new MapSqlParameterSource().addValue("order", order.value())
			.addValue("subOrder", subOrder.value())
			.addValue("offering", line.offering().id().value())
			.addValue("sku", line.offering().sku())
			.addValue("productName", line.offering().productName())
			.addValue("unitPrice", line.offering().unitPriceCents())
			.addValue("quantity", line.quantity());
	}

	private static OrderPlaced.Line placedLine(BasketLine line) {
		return new OrderPlaced.Line(line.offering().id(), line.offering().sku(), line.quantity(),
				line.offering().unitPriceCents());
	}

	private static long totalOf(List<BasketLine> lines) {
		return lines.stream().mapToLong(BasketLine::totalCents).reduce(0, Math::addExact);
	}

}
