package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #5's drills, through nginx on two distributor instances: losing an instance loses
 * no session, no cart and no order, and scheduled jobs run once per interval however many
 * instances run them.
 */
@Order(4)
class FailoverDrillTests extends Drill {

	@Test
	void aCustomerGoesOnWithTheSameSessionAndCartWhenTheirInstanceIsKilled() {
		ShopCustomer customer = new ShopCustomer(topology.nginx(), "failover-" + UUID.randomUUID() + "@drill.example")
			.signUpWithCard();
		List<Long> offerings = topology.database.query(
				"select id from distributor.offering where available >= 5 order by id limit 2", row -> row.getLong(1));
		offerings.forEach(offering -> customer.addToCart(offering, 2));
		assertThat(cartLines(customer.get("/cart"))).isEqualTo(2);
		AppProcess servedTheCart = topology.distributorThatServedLatest("/cart");

		servedTheCart.kill();
		HttpResponse<String> cart = customer.get("/cart");
		AppProcess servedAfterKill = topology.distributorThatServedLatest("/cart");
		Optional<Long> order = customer.checkOut();

		assertThat(servedAfterKill).isNotSameAs(servedTheCart);
		assertThat(cart.statusCode()).as("the cart page after the kill, still signed in").isEqualTo(200);
		assertThat(cartLines(cart)).as("lines in the cart after the kill").isEqualTo(2);
		assertThat(order).as("the order placed through the other instance").isPresent();
		assertThat(ordersOf(List.of(customer.email()))).containsExactly(order.get());
		assertThat(
				topology.database.count("select count(*) from distributor.order_line where order_id = ?", order.get()))
			.isEqualTo(2);
		Awaitility.await("the order confirmed by its manufacturers")
			.atMost(QUIESCENCE)
			.until(() -> topology.database.count(
					"select count(*) from distributor.customer_order where id = ? and status = 'CONFIRMED'",
					order.get()) == 1);
	}

	private static long cartLines(HttpResponse<String> cartPage) {
		return cartPage.body().split("class=\"cart-line\"", -1).length - 1;
	}

	@Test
	void underSteadyCheckoutsAKilledAndRestartedInstanceLosesOnlyItsRequestsInFlight() {
		Buyers buyers = buyers(6).start();
		AppProcess.sleep(Duration.ofSeconds(4));
		AppProcess victim = topology.distributors().get(1);
		Instant killedAt = Instant.now();
		victim.kill();
		AppProcess.sleep(Duration.ofSeconds(5));
		victim.start().awaitHealthy(RESTART_UNDER_LOAD);
		topology.awaitNginxRoutesTo(victim);
		Instant restartedAt = Instant.now();
		AppProcess.sleep(Duration.ofSeconds(5));
		Buyers.Result result = buyers.stop();

		assertThat(result.failures()).as("requests that failed: only those in flight on the killed instance")
			.hasSizeLessThanOrEqualTo(6)
			.allSatisfy(failure -> assertThat(failure.at()).isBetween(killedAt, killedAt.plusSeconds(3)));
		assertThat(ordersOf(buyers.emails())).as("orders in the database, none lost or duplicated")
			.isEqualTo(result.orders());
		assertThat(topology.distributorThatServedLatest("/checkout")).isNotNull();
		assertThat(restartedAt).isAfter(killedAt);
		ledgers.awaitQuiescence(QUIESCENCE);
		ledgers.assertBooksAgree();
	}

	@Test
	void withTwoInstancesEachScheduledJobRunsOncePerInterval() {
		Awaitility.await()
			.atMost(Duration.ofMinutes(3))
			.until(() -> topology.distributors().stream().allMatch(AppProcess::answersHealthy));
		// An instance killed by an earlier drill during a pull held the lock for up to
		// lock-at-most-for (30 s): measure once pulls flow again.
		long runsSoFar = topology.scheduledRuns("catalog-sync");
		Awaitility.await("pulls running")
			.atMost(Duration.ofMinutes(1))
			.until(() -> topology.scheduledRuns("catalog-sync") > runsSoFar);
		List<Long> pullsBefore = Topology.MANUFACTURER_CODES.stream().map(topology::offeringsRequestsServed).toList();
		long catalogSyncsBefore = topology.scheduledRuns("catalog-sync");
		long cycleChecksBefore = topology.scheduledRuns("sales-cycle");
		AppProcess.sleep(Duration.ofSeconds(30));
		long catalogSyncs = topology.scheduledRuns("catalog-sync") - catalogSyncsBefore;
		long cycleChecks = topology.scheduledRuns("sales-cycle") - cycleChecksBefore;
		List<Long> pullsAfter = Topology.MANUFACTURER_CODES.stream().map(topology::offeringsRequestsServed).toList();

		// Pull every 2 s, cycle check every 5 s: in 30 s one runner makes 15 and 6 runs,
		// two
		// uncoordinated instances twice as many.
		assertThat(catalogSyncs).as("catalog pulls run by both instances in 30 s").isBetween(13L, 16L);
		assertThat(cycleChecks).as("sales cycle checks run by both instances in 30 s").isBetween(5L, 7L);
		for (int i = 0; i < pullsBefore.size(); i++) {
			assertThat(pullsAfter.get(i) - pullsBefore.get(i))
				.as("offerings requests %s answered in 30 s", Topology.MANUFACTURER_CODES.get(i))
				.isBetween(13L, 16L);
		}
		assertThat(topology.database.count("select count(*) from distributor.sales_cycle where closed_at is null"))
			.as("open sales cycles")
			.isEqualTo(1);
	}

}
