package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moves sub-orders and their orders, and records each event applied in
 * {@code sub_order_event}. Callers hold the order's lock ({@link AnswerRows#lockOrder}).
 */
@Repository
class TransitionRows {

	private final JdbcClient jdbc;

	TransitionRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean seen(String messageId) {
		return this.jdbc.sql("select count(*) from sub_order_event where message_id = :message")
			.param("message", messageId)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Moves a sub-order, only from the status it was read in.
	 * @return {@code false} when it was not in {@code from}
	 */
	boolean move(SubOrderId subOrder, SubOrderStatus from, SubOrderStatus to) {
		return this.jdbc.sql("update sub_order set status = :to where id = :id and status = :from")
			.param("to", to.name())
			.param("from", from.name())
			.param("id", subOrder.value())
			.update() == 1;
	}

	void shipment(SubOrderId subOrder, SubOrderMessage.Shipment shipment) {
		this.jdbc.sql("update sub_order set carrier = :carrier, tracking_number = :tracking where id = :id")
			.param("carrier", clip(shipment.carrier(), 60))
			.param("tracking", clip(shipment.trackingNumber(), 60))
			.param("id", subOrder.value())
			.update();
	}

	void record(SubOrderId subOrder, String messageId, SubOrderEvent event, SubOrderStatus status, Instant at) {
		this.jdbc.sql("""
				insert into sub_order_event (sub_order_id, message_id, event, status, occurred_at)
				values (:subOrder, :message, :event, :status, :at)""")
			.param("subOrder", subOrder.value())
			.param("message", messageId)
			.param("event", event.name())
			.param("status", status.name())
			.param("at", OrderWriter.utc(at))
			.update();
	}

	/**
	 * Sets the order's status to what its sub-orders call for.
	 * @return the order's status
	 */
	OrderStatus derive(OrderId order) {
		List<SubOrderStatus> subOrders = this.jdbc.sql("select status from sub_order where order_id = :id")
			.param("id", order.value())
			.query((row, number) -> SubOrderStatus.valueOf(row.getString("status")))
			.list();
		OrderStatus status = OrderStatus.of(subOrders);
		this.jdbc.sql("update customer_order set status = :status where id = :id")
			.param("status", status.name())
			.param("id", order.value())
			.update();
		return status;
	}

	private static String clip(String value, int length) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > length) ? stripped.substring(0, length) : stripped;
	}

}
