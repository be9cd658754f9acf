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

	@Test
	void theDistributorNeverOffersMoreThanAManufacturerCanStillSupply() {
		Instant start = Instant.now();
		long pullsBefore = pulls();
		Buyers buyers = buyers(6).start();
		List<String> violations = new ArrayList<>();
		int samples = 0;
		while (Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(20)) < 0) {
			violations.addAll(sampleOnce());
			samples++;
			AppProcess.sleep(Duration.ofMillis(100));
		}
		Buyers.Result result = buyers.stop();

		assertThat(samples).as("samples taken").isGreaterThan(20);
		assertThat(pulls() - pullsBefore).as("offerings requests served to the distributor during the drill")
			.isGreaterThanOrEqualTo(3L * 5);
		assertThat(result.orders()).as("orders placed during the drill").hasSizeGreaterThan(20);
		assertThat(result.failures()).as("failed requests").isEmpty();
		assertThat(violations).as("moments the distributor offered more than a manufacturer had").isEmpty();
		ledgers.awaitQuiescence(QUIESCENCE);
		ledgers.assertBooksAgree();
	}

	private List<String> sampleOnce() {
		Map<String, Long> promised = new HashMap<>();
		topology.database.query("""
				select m.code || '/' || o.sku, o.available + o.sold_total
				from distributor.offering o join distributor.manufacturer m on m.id = o.manufacturer_id
				""", row -> promised.put(row.getString(1), row.getLong(2)));
		List<String> violations = new ArrayList<>();
		for (String code : Topology.MANUFACTURER_CODES) {
			topology.database.query("select sku, available + applied_total from manufacturer_" + code + ".product",
					row -> {
						String key = code + "/" + row.getString(1);
						long canHonour = row.getLong(2);
						Long promise = promised.get(key);
						if (promise != null && promise > canHonour) {
							violations
								.add(Instant.now() + " " + key + ": promised " + promise + ", can honour " + canHonour);
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
