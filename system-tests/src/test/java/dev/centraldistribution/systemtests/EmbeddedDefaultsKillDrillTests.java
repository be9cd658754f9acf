package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue #11's kill drill on the embedded defaults (the one-command run: H2 files and the
 * distributor's in-process broker with its store on disk): customers buy straight from
 * the distributor, which is killed with SIGKILL in the middle and restarted on the same
 * directories; a manufacturer is killed once too. Nothing a customer was told is lost:
 * orders answered as placed, checkout tokens issued, the books of every manufacturer.
 * First in order: it runs alone, before the PostgreSQL topology of the other drills
 * starts.
 */
@Order(0)
class EmbeddedDefaultsKillDrillTests {

	private static final Duration QUIESCENCE = Duration.ofMinutes(3);

	private static EmbeddedTopology topology;

	private static Ledgers ledgers;

	@BeforeAll
	static void startTopology() {
		topology = EmbeddedTopology.start();
		ledgers = new Ledgers(topology.databases());
		Awaitility.await("every manufacturer's offerings pulled")
			.atMost(Duration.ofMinutes(2))
			.ignoreExceptions()
			.untilAsserted(() -> assertThat(topology.databases().count("""
					select count(distinct manufacturer_id) from distributor.offering where available > 0
					""")).isEqualTo(Topology.MANUFACTURER_CODES.size()));
	}

	@AfterAll
	static void stopTopology() {
		if (topology != null) {
			topology.stopAll();
		}
	}

	@Test
	void aDistributorKilledMidCheckoutsLosesNoOrderNoTokenAndNoMessage() {
		Buyers buyers = new Buyers(topology.shop(), topology.databases(), 6).start();
		awaitOrders(buyers, 20);
		Set<String> issuedBeforeKill = buyers.issuedTokens();
		int ordersAtKill = buyers.ordersSoFar();
		AppProcess distributor = topology.distributor();
		Instant killedAt = Instant.now();
		distributor.kill();
		distributor.start().awaitHealthy(Duration.ofMinutes(4));
		Instant healthyAt = Instant.now();
		int ordersAtRestart = buyers.ordersSoFar();
		awaitOrders(buyers, ordersAtRestart + 10);
		AppProcess acme = topology.manufacturer("acme");
		acme.kill();
		AppProcess.sleep(Duration.ofSeconds(3));
		acme.start().awaitHealthy(Duration.ofMinutes(3));
		awaitOrders(buyers, buyers.ordersSoFar() + 10);
		Buyers.Result result = buyers.stop();
		Set<Long> stored = ordersOf(buyers.emails());
		System.out.printf(
				"[drill] killed after %d orders and %d checkout forms; %d orders answered as placed, %d in"
						+ " the database (committed while the answer was lost: %d)%n",
				ordersAtKill, issuedBeforeKill.size(), result.orders().size(), stored.size(),
				stored.size() - result.orders().size());

		assertThat(stored).as("orders in the database after the restart").containsAll(result.orders());
		assertThat(knownTokens(issuedBeforeKill)).as("checkout tokens issued before the kill, known after it")
			.containsExactlyInAnyOrderElementsOf(issuedBeforeKill);
		assertThat(orderOfEachToken(buyers.placedTokens().keySet())).as("the order each used token placed")
			.isEqualTo(buyers.placedTokens());
		assertThat(result.failures()).as("requests that failed: only those while the distributor was down")
			.allSatisfy(failure -> assertThat(failure.at()).isBetween(killedAt, healthyAt.plusSeconds(5)));
		ledgers.awaitQuiescence(QUIESCENCE);
		ledgers.assertBooksAgree();
	}

	private static void awaitOrders(Buyers buyers, int atLeast) {
		Awaitility.await("customers' orders placed: " + atLeast)
			.atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> buyers.ordersSoFar() >= atLeast);
	}

	private static Set<Long> ordersOf(List<String> emails) {
		return Set.copyOf(topology.databases().query("""
				select o.id from distributor.customer_order o join distributor.customer c on c.id = o.customer_id
				where c.email = any (?)
				""", row -> row.getLong(1), (Object) emails.toArray(String[]::new)));
	}

	private static Set<String> knownTokens(Set<String> tokens) {
		return Set.copyOf(topology.databases()
			.query("select token from distributor.checkout_token where token = any (?)", row -> row.getString(1),
					(Object) tokens.toArray(String[]::new)));
	}

	private static Map<String, Long> orderOfEachToken(Set<String> tokens) {
		Map<String, Long> orders = new HashMap<>();
		topology.databases()
			.query("select checkout_token, id from distributor.customer_order where checkout_token = any (?)",
					row -> orders.put(row.getString(1), row.getLong(2)), (Object) tokens.toArray(String[]::new));
		return orders;
	}

}
