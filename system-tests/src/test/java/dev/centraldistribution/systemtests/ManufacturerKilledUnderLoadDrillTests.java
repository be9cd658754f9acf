package dev.centraldistribution.systemtests;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #13's drill (docs/architecture.md, invariant 7): a manufacturer killed while
 * customers buy through nginx is suspected within seconds, and from then on none of its
 * goods are sold until it is alive again; after its restart the books agree.
 */
@Order(5)
class ManufacturerKilledUnderLoadDrillTests extends Drill {

	/**
	 * A checkout that took its units just before the detector's change committed is
	 * placed with a time a little after the moment the detector read its clock: the
	 * change waits for it (invariant 7). More than this after the suspicion, an order
	 * would be a bug.
	 */
	static final Duration CHECKOUT_IN_FLIGHT = Duration.ofSeconds(2);

	@Test
	void noGoodsOfAManufacturerThatIsNotAliveAreSoldAndTheBooksAgreeAfterItsRestart() {
		AppProcess globex = topology.manufacturer("globex");
		Buyers buyers = buyers(6).start();
		AppProcess.sleep(Duration.ofSeconds(3));
		List<StateSeen> timeline = new ArrayList<>();
		AtomicBoolean watching = new AtomicBoolean(true);
		Thread watcher = new Thread(() -> watch("globex", timeline, watching), "drill-state-watcher");
		watcher.start();

		Instant killed = Instant.now();
		globex.kill();
		Awaitility.await("globex suspected")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !state("globex").equals("ALIVE"));
		Duration suspectedAfter = Duration.between(killed, Instant.now());
		AppProcess.sleep(Duration.ofSeconds(8));
		globex.start().awaitHealthy(RESTART_UNDER_LOAD);
		Awaitility.await("globex alive again")
			.atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> state("globex").equals("ALIVE"));
		AppProcess.sleep(Duration.ofSeconds(3));
		Buyers.Result result = buyers.stop();
		watching.set(false);
		joinQuietly(watcher);

		Instant suspectedAt = stateSince(timeline, "SUSPECT");
		Instant aliveAgainAt = aliveAfter(timeline, suspectedAt);
		long soldWhileNotAlive = topology.database.count("""
				select count(*) from distributor.order_line l
				join distributor.sub_order s on s.id = l.sub_order_id
				join distributor.customer_order o on o.id = l.order_id
				where s.manufacturer_code = 'globex' and o.placed_at > ? and o.placed_at < ?
				""", Timestamp.from(suspectedAt.plus(CHECKOUT_IN_FLIGHT)), Timestamp.from(aliveAgainAt));
		System.out.printf("[drill] globex killed: suspected after %d ms (%s), alive again %s; %s%n",
				suspectedAfter.toMillis(), timeline, aliveAgainAt, result);

		assertThat(suspectedAfter).as("suspected within seconds").isLessThan(Duration.ofSeconds(60));
		assertThat(soldWhileNotAlive).as("order lines of globex placed while it was not alive").isZero();
		assertThat(result.orders()).as("the other manufacturers kept selling").isNotEmpty();
		assertThat(ordersOf(buyers.emails())).as("orders in the database").isEqualTo(result.orders());
		ledgers.awaitQuiescence(QUIESCENCE);
		ledgers.assertBooksAgree();
	}

	private static void watch(String code, List<StateSeen> timeline, AtomicBoolean watching) {
		String last = null;
		while (watching.get()) {
			try {
				List<StateSeen> now = topology.database.query(
						"select presence_state, state_since from distributor.manufacturer where code = ?",
						row -> new StateSeen(row.getString(1), row.getTimestamp(2).toInstant()), code);
				if (!now.isEmpty() && !now.get(0).state().equals(last)) {
					last = now.get(0).state();
					synchronized (timeline) {
						timeline.add(now.get(0));
					}
				}
			}
			catch (RuntimeException ex) {
				// The database may be busy; the next poll reads again.
			}
			AppProcess.sleep(Duration.ofMillis(50));
		}
	}

	private static String state(String code) {
		return topology.database
			.query("select presence_state from distributor.manufacturer where code = ?", row -> row.getString(1), code)
			.get(0);
	}

	private static Instant stateSince(List<StateSeen> timeline, String state) {
		synchronized (timeline) {
			return timeline.stream()
				.filter((seen) -> seen.state().equals(state))
				.map(StateSeen::since)
				.findFirst()
				.orElseThrow(() -> new AssertionError("globex never seen " + state + ": " + timeline));
		}
	}

	private static Instant aliveAfter(List<StateSeen> timeline, Instant suspected) {
		synchronized (timeline) {
			return timeline.stream()
				.filter((seen) -> seen.state().equals("ALIVE") && seen.since().isAfter(suspected))
				.map(StateSeen::since)
				.findFirst()
				.orElseThrow(() -> new AssertionError("globex never seen alive again: " + timeline));
		}
	}

	private static void joinQuietly(Thread thread) {
		try {
			thread.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record StateSeen(String state, Instant since) {
	}

}
