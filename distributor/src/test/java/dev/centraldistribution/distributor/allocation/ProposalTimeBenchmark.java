package dev.centraldistribution.distributor.allocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal time of issue #15: a product offered by 1,000 manufacturers spread over
 * Europe, 500 of them with an unacknowledged sub-order and 2,000 recent acknowledgements
 * behind the latencies, proposed for Paris by every strategy in turn. Warm-up first, then
 * timed runs; p50 and p99 of the whole use case ({@link ProposeAllocation#propose}: its
 * reads of the embedded database and the strategy) and of the strategy alone.
 * <p>
 * A benchmark, not a test: its name keeps it out of {@code ./mvnw verify};
 * {@code scripts/benchmark.sh} runs it ({@code BENCH_PARTS=allocation}) with
 * {@code -Dtest=ProposalTimeBenchmark}, {@code -Dbenchmark.out=<file>} for the figures as
 * JSON, {@code -Dbenchmark.warmup} and {@code -Dbenchmark.runs} (per strategy).
 */
@SpringBootTest
class ProposalTimeBenchmark {

	static final int MANUFACTURERS = 1_000;

	static final City PARIS = new City("Paris", "FR", new GeoLocation(48.8566, 2.3522));

	@Autowired
	ProposeAllocation proposals;

	@Autowired
	AllocationProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void proposalTimeForAProductOfAThousandManufacturers() throws IOException {
		int warmup = Integer.getInteger("benchmark.warmup", 500);
		int runs = Integer.getInteger("benchmark.runs", 500);
		Random random = new Random(15);
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("shirt");
		List<String> codes = new ArrayList<>();
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < MANUFACTURERS; i++) {
			GeoLocation location = new GeoLocation(36 + 24 * random.nextDouble(), -9 + 33 * random.nextDouble());
			long manufacturer = offerings.manufacturer("m" + i, "Manufacturer " + i, location);
			long price = 800 + random.nextInt(400);
			long available = 5 + random.nextInt(45);
			candidates.add(new Candidate(offerings.offering(manufacturer, sku, "T-shirt", price, available), "m" + i,
					"Manufacturer " + i, location, price, "EUR", available, true, i % 2,
					Duration.ofMillis(50 + random.nextInt(5_000))));
			codes.add(code(manufacturer));
		}
		acknowledgementsAndLoad(codes, random);

		Strategy[] strategies = Strategy.values();
		for (int i = 0; i < warmup; i++) {
			assertThat(this.proposals.propose(sku, 400, strategies[i % strategies.length], PARIS)).isPresent();
		}
		long[] whole = new long[runs * strategies.length];
		for (int i = 0; i < whole.length; i++) {
			long start = System.nanoTime();
			Proposal proposal = this.proposals.propose(sku, 400, strategies[i % strategies.length], PARIS)
				.orElseThrow();
			whole[i] = System.nanoTime() - start;
			assertThat(proposal.allocation().complete()).isTrue();
		}
		AllocationRequest request = new AllocationRequest(sku, 400, PARIS.location(), candidates);
		List<AllocationStrategy> alone = List.of(
				new NearestFirst(this.properties.regionRadiusKm(), this.properties.maxPerManufacturer()),
				new CheapestFirst(this.properties.regionRadiusKm(), this.properties.maxPerManufacturer()),
				new Balanced(this.properties.regionRadiusKm(), this.properties.maxPerManufacturer()));
		for (int i = 0; i < warmup; i++) {
			alone.get(i % alone.size()).allocate(request);
		}
		long[] strategy = new long[runs * alone.size()];
		for (int i = 0; i < strategy.length; i++) {
			long start = System.nanoTime();
			Allocation allocation = alone.get(i % alone.size()).allocate(request);
			strategy[i] = System.nanoTime() - start;
			assertThat(allocation.complete()).isTrue();
		}

		String figures = String.format(Locale.ROOT,
				"{\"manufacturers\":%d,\"quantity\":400,\"warmup\":%d,\"runs\":%d,"
						+ "\"proposal_p50_ms\":%.3f,\"proposal_p99_ms\":%.3f,\"proposal_max_ms\":%.3f,"
						+ "\"strategy_p50_ms\":%.3f,\"strategy_p99_ms\":%.3f,\"strategy_max_ms\":%.3f}",
				MANUFACTURERS, warmup, whole.length, percentile(whole, 50), percentile(whole, 99),
				percentile(whole, 100), percentile(strategy, 50), percentile(strategy, 99), percentile(strategy, 100));
		System.out.println("Proposal time: " + figures);
		String out = System.getProperty("benchmark.out");
		if (out != null && !out.isBlank()) {
			Files.writeString(Path.of(out), figures + "\n");
		}
	}

	/**
	 * Two orders with a sub-order for every manufacturer: the first's all acknowledged,
	 * the second's acknowledged for half of them and placed (their load) for the other
	 * half.
	 */
	private void acknowledgementsAndLoad(List<String> codes, Random random) {
		// Straight into the table: the customers module is not one allocation may use.
		Instant now = Instant.now();
		String email = "bench-" + System.nanoTime() + "@example.com";
		this.jdbc.sql("""
				insert into customer (email, email_key, name, password_hash, created_at)
				values (:email, :email, 'Bench', '{noop}unused', :now)""")
			.param("email", email)
			.param("now", Timestamp.from(now))
			.update();
		long customer = this.jdbc.sql("select id from customer where email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		for (int order = 0; order < 2; order++) {
			String token = "bench-" + order + "-" + System.nanoTime();
			this.jdbc.sql("insert into checkout_token (token, customer_id, issued_at) values (:token, :customer, :now)")
				.param("token", token)
				.param("customer", customer)
				.param("now", Timestamp.from(now))
				.update();
			this.jdbc.sql("""
					insert into customer_order (customer_id, checkout_token, status, total_cents, currency, placed_at)
					values (:customer, :token, 'PLACED', 0, 'EUR', :now)""")
				.param("customer", customer)
				.param("token", token)
				.param("now", Timestamp.from(now))
				.update();
			long orderId = this.jdbc.sql("select id from customer_order where checkout_token = :token")
				.param("token", token)
				.query(Long.class)
				.single();
			for (int i = 0; i < codes.size(); i++) {
				boolean acknowledged = order == 0 || i % 2 == 0;
				this.jdbc.sql("""
						insert into sub_order (order_id, manufacturer_code, manufacturer_name, status, total_cents)
						values (:order, :code, :code, :status, 0)""")
					.param("order", orderId)
					.param("code", codes.get(i))
					.param("status", acknowledged ? "ACCEPTED" : "PLACED")
					.update();
				if (acknowledged) {
					this.jdbc.sql("""
							insert into sub_order_acknowledgement (message_id, sub_order_id, manufacturer_code,
							                                       received_at, latency_ms)
							select :message, id, manufacturer_code, :now, :latency from sub_order
							where order_id = :order and manufacturer_code = :code""")
						.param("message", "bench-" + orderId + "-" + i)
						.param("now", Timestamp.from(now))
						.param("latency", 50 + random.nextInt(5_000))
						.param("order", orderId)
						.param("code", codes.get(i))
						.update();
				}
			}
		}
	}

	private String code(long manufacturer) {
		return this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturer)
			.query(String.class)
			.single();
	}

	/** Nearest-rank percentile, in milliseconds. */
	private static double percentile(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}

}
