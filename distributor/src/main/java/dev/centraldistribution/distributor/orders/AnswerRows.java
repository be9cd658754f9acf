package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes what the manufacturers' answers change: the sub-order, its lines and
 * the order. Every status change is conditional on the status it leaves, so that a
 * repeated or late answer changes nothing.
 */
@Repository
class AnswerRows {

	private final JdbcClient jdbc;

	AnswerRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SubOrderRow> subOrder(SubOrderId subOrder) {
		return this.jdbc.sql("select id, order_id, manufacturer_code from sub_order where id = :id")
			.param("id", subOrder.value())
			.query((row, number) -> new SubOrderRow(new OrderId(row.getLong("order_id")),
					row.getString("manufacturer_code")))
			.optional();
	}

	/**
	 * Locks the order row, so that the answers for its sub-orders apply one at a time.
	 */
	OrderRow lockOrder(OrderId order) {
		return this.jdbc.sql("select placed_at, payment_reference from customer_order where id = :id for update")
			.param("id", order.value())
			.query((row, number) -> new OrderRow(row.getObject("placed_at", OffsetDateTime.class).toInstant(),
					row.getString("payment_reference")))
			.single();
	}

	SubOrderStatus status(SubOrderId subOrder) {
		return this.jdbc.sql("select status from sub_order where id = :id")
			.param("id", subOrder.value())
			.query((row, number) -> SubOrderStatus.valueOf(row.getString("status")))
			.single();
	}

	List<LineRow> lines(SubOrderId subOrder) {
		return this.jdbc.sql(
				"select id, sku, unit_price_cents, quantity, accepted from order_line where sub_order_id = :id order by id")
			.param("id", subOrder.value())
			.query((row, number) -> new LineRow(row.getLong("id"), row.getString("sku"),
					Math.multiplyExact(row.getLong("unit_price_cents"), row.getLong("quantity")),
					row.getObject("accepted") != null))
			.list();
	}

	void answerLine(long lineId, boolean accepted, String reason, boolean refundDue) {
		this.jdbc.sql("""
				update order_line set accepted = :accepted, rejection_reason = :reason, refund_due = :refundDue
				where id = :id and accepted is null""")
			.param("accepted", accepted)
			.param("reason", reason)
			.param("refundDue", refundDue)
			.param("id", lineId)
			.update();
	}

	List<RefundDue> refundsDue(int limit) {
		return this.jdbc.sql("""
				select l.id, o.payment_reference, l.unit_price_cents, l.quantity
				from order_line l join customer_order o on o.id = l.order_id
				where l.refund_due = true and l.refunded_at is null and l.refund_refused is null
				order by l.id limit :limit""")
			.param("limit", limit)
			.query((row, number) -> new RefundDue(row.getLong("id"), row.getString("payment_reference"),
					Math.multiplyExact(row.getLong("unit_price_cents"), row.getLong("quantity"))))
			.list();
	}

	boolean markRefunded(long lineId, Instant now) {
		return this.jdbc.sql("update order_line set refunded_at = :now where id = :id and refunded_at is null")
			.param("now", OrderWriter.utc(now))
			.param("id", lineId)
			.update() > 0;
	}

	boolean markRefundRefused(long lineId, String reason) {
		return this.jdbc.sql("update order_line set refund_refused = :reason where id = :id and refunded_at is null")
			.param("reason", (reason.length() > 200) ? reason.substring(0, 200) : reason)
			.param("id", lineId)
			.update() > 0;
	}

	OrderId orderOfLine(long lineId) {
		return this.jdbc.sql("select order_id from order_line where id = :id")
			.param("id", lineId)
			.query((row, number) -> new OrderId(row.getLong("order_id")))
			.single();
	}

	long unacknowledgedSince(Instant placedBefore) {
		return this.jdbc.sql("""
				select count(*) from sub_order s join customer_order o on o.id = s.order_id
				where s.status = :placed and o.placed_at < :before""")
			.param("placed", SubOrderStatus.PLACED.name())
			.param("before", OrderWriter.utc(placedBefore))
			.query(Long.class)
			.single();
	}

	List<SubOrderId> unacknowledgedPlacedBefore(Instant placedBefore, int limit) {
		return this.jdbc.sql("""
				select s.id from sub_order s join customer_order o on o.id = s.order_id
				where s.status = :placed and o.placed_at < :before
				order by o.placed_at, s.id limit :limit""")
			.param("placed", SubOrderStatus.PLACED.name())
			.param("before", OrderWriter.utc(placedBefore))
			.param("limit", limit)
			.query((row, number) -> new SubOrderId(row.getLong("id")))
			.list();
	}

	record SubOrderRow(OrderId order, String manufacturerCode) {
	}

	record OrderRow(Instant placedAt, String paymentReference) {
	}

	record LineRow(long id, String sku, long amountCents, boolean answered) {
	}

}
