package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #16's drill: customers cancel orders while RabbitMQ is down. Each cancellation
 * waits in the outbox, reaches its manufacturer once the broker is back, is applied there
 * once and answered; every cancelled part is refunded once, and the books still agree.
 * Outages, redeliveries and a cancel pressed twice change none of that.
 */
@Order(6)
class CancellationDrillTests extends Drill {

	private static final int ORDERS = 6;

	@Test
	void cancellationsMadeWhileTheBrokerIsDownReachTheManufacturersOnceItIsBack() {
		ShopCustomer customer = new ShopCustomer(topology.nginx(), "cancel-" + UUID.randomUUID() + "@drill.example")
			.signUpWithCard();
		List<Long> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			placeOrder(customer).ifPresent(orders::add);
		}
		assertThat(orders).as("orders placed before the outage").hasSizeGreaterThan(2);

		topology.broker.stop();
		for (long order : orders) {
			assertThat(cancel(customer, order)).as("order " + order + " cancelled").contains("Cancellation requested");
		}
		assertThat(cancel(customer, orders.get(0))).as("the same cancel pressed again")
			.contains("You asked to cancel this already");
		long waiting = ledgers.pendingOutboxMessages();
		topology.broker.start();

		assertThat(waiting).as("cancellations waiting in the outbox during the outage").isGreaterThanOrEqualTo(1);
		Awaitility.await("every cancellation answered by its manufacturer")
			.atMost(QUIESCENCE)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> topology.database.count("select count(*) from distributor.sub_order where order_id in ("
					+ ids(orders) + ") and status in ('PLACED', 'CANCEL_REQUESTED')") == 0);
		ledgers.awaitQuiescence(QUIESCENCE);
		Awaitility.await("every cancelled part refunded")
			.atMost(QUIESCENCE)
			.pollInterval(Duration.ofMillis(500))
			.until(() -> topology.database.count("select count(*) from distributor.order_line l "
					+ "join distributor.sub_order s on s.id = l.sub_order_id where s.order_id in (" + ids(orders)
					+ ") and s.status = 'CANCELLED' and l.refunded_at is null") == 0);

		assertThat(topology.database.count("select count(*) from distributor.sub_order where order_id in ("
				+ ids(orders) + ") and status not in ('CANCELLED', 'SHIPPED', 'DELIVERED')"))
			.as("parts neither cancelled nor refused as shipped")
			.isZero();
		assertThat(topology.database.count("select count(*) from distributor.sub_order where order_id in ("
				+ ids(orders) + ") and status = 'CANCELLED'"))
			.as("parts cancelled (the simulators ship minutes after a purchase in the drills)")
			.isPositive();
		assertThat(refundedTwice(orders)).as("refunds made more than once").isEmpty();
		assertThat(refundsOtherThanDue(orders))
			.as("orders refunded other than their cancelled and rejected lines' worth")
			.isEmpty();
		ledgers.assertBooksAgree();
	}

	private static Optional<Long> placeOrder(ShopCustomer customer) {
		List<Long> inStock = topology.database.query(
				"select id from distributor.offering where available >= 5 and on_sale order by id",
				row -> row.getLong(1));
		if (inStock.isEmpty()) {
			return Optional.empty();
		}
		customer.addToCart(inStock.get(0), 1);
		customer.addToCart(inStock.get(inStock.size() - 1), 1);
		return customer.checkOut();
	}

	private static String cancel(ShopCustomer customer, long order) {
		HttpResponse<String> page = customer.get("/orders/" + order);
		HttpResponse<String> cancelled = customer.post("/orders/" + order + "/cancel",
				Map.of("_csrf", ShopCustomer.csrfOf(page)));
		assertThat(cancelled.statusCode()).as("POST /orders/" + order + "/cancel").isEqualTo(302);
		return customer.get("/orders/" + order).body();
	}

	/** Refund idempotency keys the gateway recorded more than once (none can be). */
	private static List<String> refundedTwice(List<Long> orders) {
		return topology.database.query("""
				select r.idempotency_key from distributor.payment_refund r
				join distributor.customer_order o on o.payment_reference = r.authorization_reference
				where o.id in (%s) group by r.idempotency_key having count(*) > 1""".formatted(ids(orders)),
				row -> row.getString(1));
	}

	/**
	 * Orders whose refunds do not add up to what their cancelled and rejected lines are
	 * worth.
	 */
	private static List<Long> refundsOtherThanDue(List<Long> orders) {
		return topology.database.query("""
				select o.id from distributor.customer_order o
				where o.id in (%s) and coalesce((select sum(r.amount_cents) from distributor.payment_refund r
				    where r.authorization_reference = o.payment_reference), 0)
				  <> coalesce((select sum(l.unit_price_cents * l.quantity) from distributor.order_line l
				    join distributor.sub_order s on s.id = l.sub_order_id
				    where l.order_id = o.id and (s.status = 'CANCELLED' or l.accepted = false)), 0)
				""".formatted(ids(orders)), row -> row.getLong(1));
	}

	private static String ids(List<Long> orders) {
		return String.join(",", orders.stream().map(String::valueOf).toList());
	}

}
