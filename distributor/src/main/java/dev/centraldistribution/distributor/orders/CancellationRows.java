package dev.centraldistribution.distributor.orders;

import java.util.List;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What cancelling reads and writes: the customer's order, locked; its sub-orders; and the
 * lines a cancellation refunds.
 */
@Repository
class CancellationRows {

	private final JdbcClient jdbc;

	CancellationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the order when it is the customer's.
	 * @return {@code false} when the customer has no such order
	 */
	boolean lockOrderOf(CustomerId customer, OrderId order) {
		return !this.jdbc.sql("select id from customer_order where id = :id and customer_id = :customer for update")
			.param("id", order.value())
			.param("customer", customer.value())
			.query(Long.class)
			.list()
			.isEmpty();
	}

	List<SubOrderId> subOrders(OrderId order) {
		return this.jdbc.sql("select id from sub_order where order_id = :id order by id")
			.param("id", order.value())
			.query((row, number) -> new SubOrderId(row.getLong("id")))
			.list();
	}

	/**
	 * Marks every line of a cancelled sub-order not refunded yet as due a refund.
	 * @return the refunds due
	 */
	List<RefundDue> markRefundsDue(SubOrderId subOrder) {
		List<RefundDue> due = this.jdbc.sql("""
				select l.id, o.payment_reference, l.unit_price_cents, l.quantity
				from order_line l join customer_order o on o.id = l.order_id
				where l.sub_order_id = :id and l.refund_due = false and o.payment_reference is not null
				order by l.id""")
			.param("id", subOrder.value())
			.query((row, number) -> new RefundDue(row.getLong("id"), row.getString("payment_reference"),
					Math.multiplyExact(row.getLong("unit_price_cents"), row.getLong("quantity"))))
			.list();
		this.jdbc.sql("update order_line set refund_due = true where sub_order_id = :id and refund_due = false")
			.param("id", subOrder.value())
			.update();
		return due;
	}

	/**
	 * The units of a sub-order's lines its manufacturer accepted, per offering: what its
	 * cancellation gives back.
	 */
	List<StockWithdrawal> acceptedUnits(SubOrderId subOrder) {
		return this.jdbc.sql("""
				select offering_id, sum(quantity) as quantity from order_line
				where sub_order_id = :id and accepted = true group by offering_id order by offering_id""")
			.param("id", subOrder.value())
			.query((row, number) -> new StockWithdrawal(new OfferingId(row.getLong("offering_id")),
					row.getLong("quantity")))
			.list();
	}

}
