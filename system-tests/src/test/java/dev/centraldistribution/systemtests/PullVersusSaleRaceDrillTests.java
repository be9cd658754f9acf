package dev.centraldistribution.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Pulls every two seconds, production every second, sales as fast as customers buy, and
 * acknowledgements flowing back: at no moment does the distributor offer more than a
 * manufacturer can still supply (docs/architecture.md, invariant 2), end to end.
 *
 * <p>
 * Per offering, what the distributor has promised is {@code available + sold_total}; what
 * the manufacturer can honour is {@code available + applied_total} in its own database.
 * Production only raises the latter and applying a confirmation leaves it unchanged, so
 * reading the distributor first and the manufacturer second can only favour the
 * manufacturer: a sample where the promise is larger is a real oversell.
 */
@Order(2)
class PullVersusSaleRaceDrillTests extends Drill {

	/** The drill samples at least this long... */
	private static final Duration AT_LEAST = Duration.ofSeconds(20);

	/** ...and until it has this many samples, pulls and orders... */
	private static final int SAMPLES = 30;

	private static final long PULLS = 3L * 5;

	private static final int ORDERS = 20;

	/**
	 * ...but no longer than this: on a saturated machine a sample, a pull and a checkout
	 * all take longer, so the drill waits for its coverage instead of counting on a rate.
	 */
	private static final Duration AT_MOST = Duration.ofMinutes(4);

	@Test
	void theDistributorNeverOffersMoreThanAManufacturerCanStillSupply() {
		Instant start = Instant.now();
		long pullsBefore = pulls();
		Buyers buyers = buyers(6).start();
		List<String> violations = new ArrayList<>();
		int samples = topology.database.onOneConnection(reads -> {
			int taken = 0;
			while (!covered(start, taken, pullsBefore, buyers)) {
				violations.addAll(sampleOnce(reads));
				taken++;
				AppProcess.sleep(Duration.ofMillis(100));
			}
			return taken;
		});
		Buyers.Result result = buyers.stop();
		System.out.printf("[drill] pull versus sale: %d samples in %d s, %d offerings requests, %s%n", samples,
				Duration.between(start, Instant.now()).toSeconds(), pulls() - pullsBefore, result);

		assertThat(samples).as("samples taken").isGreaterThanOrEqualTo(SAMPLES);
		assertThat(pulls() - pullsBefore).as("offerings requests served to the distributor during the drill")
			.isGreaterThanOrEqualTo(PULLS);
		assertThat(result.orders()).as("orders placed during the drill").hasSizeGreaterThan(ORDERS);
		assertThat(result.failures()).as("failed requests").isEmpty();
		assertThat(violations).as("moments the distributor offered more than a manufacturer had").isEmpty();
		ledgers.awaitQuiescence(QUIESCENCE);
		ledgers.assertBooksAgree();
	}

	private static boolean covered(Instant start, int samples, long pullsBefore, Buyers buyers) {
		Duration elapsed = Duration.between(start, Instant.now());
		if (elapsed.compareTo(AT_MOST) >= 0) {
			return true;
		}
		return elapsed.compareTo(AT_LEAST) >= 0 && samples >= SAMPLES && buyers.ordersSoFar() > ORDERS
				&& pulls() - pullsBefore >= PULLS;
	}

	private List<String> sampleOnce(DrillQueries reads) {
		Map<String, Long> promised = new HashMap<>();
		reads.query("""
				select m.code || '/' || o.sku, o.available + o.sold_total
				from distributor.offering o join distributor.manufacturer m on m.id = o.manufacturer_id
				""", row -> promised.put(row.getString(1), row.getLong(2)));
		List<String> violations = new ArrayList<>();
		for (String code : Topology.MANUFACTURER_CODES) {
			reads.query("select sku, available + applied_total from manufacturer_" + code + ".product", row -> {
				String key = code + "/" + row.getString(1);
				long canHonour = row.getLong(2);
				Long promise = promised.get(key);
				if (promise != null && promise > canHonour) {
					violations.add(Instant.now() + " " + key + ": promised " + promise + ", can honour " + canHonour);
				}
				return key;
			});
		}
		return violations;
	}

	private static long pulls() {
		return Topology.MANUFACTURER_CODES.stream().mapToLong(code -> topology.offeringsRequestsServed(code)).sum();
	}

}
