package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #17's drill: the outbox relays purchases to a shop over HTTP (adapter
 * {@code shop}, {@code POST /shop/v1/orders} with the message id as
 * {@code Idempotency-Key}) while customers buy its goods through nginx; the shop is
 * killed ({@code kill -9}) while the relay is posting, stays away while purchases queue,
 * and comes back. Nothing is lost (every purchase of the shop's sub-orders is applied by
 * the shop and answered), nothing is applied twice (each message id processed once, the
 * shop's applied totals equal the distributor's sold totals), and the books of all four
 * manufacturers agree.
 */
@Order(7)
class ShopKilledMidBatchDrillTests extends Drill {

	private static final String SHOP = Topology.SHOP_CODE;

	@Test
	void purchasesRelayedToAShopKilledMidBatchAreAppliedOnceEach() {
		AppProcess shop = topology.startShop();
		Awaitility.await("the shop's offerings pulled")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> topology.database.count(
					"""
							select count(*) from distributor.offering o join distributor.manufacturer m on m.id = o.manufacturer_id
							where m.code = ? and o.available > 0 and o.on_sale""",
					SHOP) > 0);
		long failedAttemptsBefore = topology.distributorSeries("distributor_outbox_failures_total");

		Buyers buyers = buyers(6).onlyFrom(SHOP).start();
		Awaitility.await("the shop applied purchases relayed over HTTP")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> processedConfirmations(SHOP) >= 3);
		// Mid-batch: while purchases wait for the relay, when the buyers let that be seen
		// within half a minute (the kill comes then anyway).
		try {
			Awaitility.await("purchases waiting for the relay")
				.atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> shopMessagesWaiting() > 0);
		}
		catch (ConditionTimeoutException ex) {
			System.out.println("[drill] no purchase seen waiting for the relay; the shop is killed anyway");
		}
		shop.kill();
		long appliedAtKill = processedConfirmations(SHOP);
		long waitingAtKill = shopMessagesWaiting();
		// Customers go on buying until the shop is suspected; their purchases wait in the
		// outbox, retried with backoff.
		AppProcess.sleep(Duration.ofSeconds(5));
		// Unsent five seconds after the kill: not answered before it, so each was or will
		// be attempted while the shop is away (the relay polls every second).
		long waitingWhileAway = shopMessagesWaiting();
		AppProcess.sleep(Duration.ofSeconds(5));
		shop.start().awaitHealthy(RESTART_UNDER_LOAD);
		AppProcess.sleep(Duration.ofSeconds(5));
		Buyers.Result result = buyers.stop();

		Ledgers books = new Ledgers(topology.database,
				Stream.concat(Topology.MANUFACTURER_CODES.stream(), Stream.of(SHOP)).toList());
		books.awaitQuiescence(QUIESCENCE);
		long subOrders = topology.database
			.count("select count(*) from distributor.sub_order where manufacturer_code = ?", SHOP);
		long orderRequests = topology.database
			.count("select count(*) from manufacturer_" + SHOP + ".shop_request where kind = ?", "order");
		long distinctReferences = topology.database.count(
				"select count(distinct reference) from manufacturer_" + SHOP + ".shop_request where kind = ?", "order");
		long failedAttempts = topology.distributorSeries("distributor_outbox_failures_total") - failedAttemptsBefore;
		System.out.printf(
				"[drill] shop killed after applying %d purchases (%d messages waiting then, %d while it was away);"
						+ " %d sub-orders of the shop, %d orders it took, %d failed relay attempts; %s%n",
				appliedAtKill, waitingAtKill, waitingWhileAway, subOrders, orderRequests, failedAttempts, result);

		if (waitingWhileAway > 0) {
			assertThat(failedAttempts).as("relay attempts that met the killed shop").isPositive();
		}
		assertThat(ordersOf(buyers.emails())).as("orders in the database").isEqualTo(result.orders());
		assertThat(subOrders).as("sub-orders of the shop").isGreaterThanOrEqualTo(appliedAtKill);
		assertThat(orderRequests).as("orders the shop took, one per sub-order (one Idempotency-Key each)")
			.isEqualTo(subOrders);
		assertThat(distinctReferences).as("sub-orders the shop took an order for").isEqualTo(subOrders);
		assertThat(topology.database.count("""
				select count(*) from distributor.sub_order
				where manufacturer_code = ? and status not in ('ACCEPTED', 'SHIPPED', 'DELIVERED')""", SHOP))
			.as("sub-orders of the shop not accepted")
			.isZero();
		books.assertBooksAgree();
	}

	private static long shopMessagesWaiting() {
		List<Long> waiting = topology.database.query("""
				select count(*) from distributor.outbox_message
				where sent_at is null and routing_key = ?""", (row) -> row.getLong(1), SHOP);
		return waiting.get(0);
	}

}
