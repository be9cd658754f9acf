package dev.centraldistribution.manufacturer.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseAcknowledgement.LineOutcome;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.TestCatalogue.Stock;
import dev.centraldistribution.manufacturer.TestCatalogue.TestProduct;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.TestCatalogue.SAW;
import static dev.centraldistribution.manufacturer.TestCatalogue.SCREWS;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.confirmation;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Many confirmations published at once and consumed by several consumers, asking for far
 * more than there is: stock never goes below zero, what was accepted is exactly what left
 * the stock, and every confirmed unit, accepted or rejected, is counted as applied.
 * Production is off, so stock only moves by confirmations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.messaging.enabled=true", "manufacturer.messaging.concurrency=3",
				"manufacturer.messaging.retry-backoff=50ms" })
@Import(MessagingTestConfiguration.class)
@DirtiesContext
class ConcurrentConfirmationsNeverOversellTests {

	static final String CODE = TestCodes.unique();

	private static final int CONFIRMATIONS = 500;

	private static final int PUBLISHERS = 4;

	private static final Map<TestProduct, Long> INITIAL = Map.of(DRILL, 60L, SAW, 25L, SCREWS, 300L);

	@DynamicPropertySource
	static void manufacturerCode(DynamicPropertyRegistry registry) {
		registry.add("manufacturer.code", () -> CODE);
	}

	@Autowired
	TestDistributor distributor;

	@Autowired
	JdbcClient jdbc;

	@Test
	void stockNeverGoesNegativeAndEveryConfirmedUnitIsCountedOnce() throws Exception {
		INITIAL.forEach((product, available) -> TestCatalogue.setStock(this.jdbc, product, available));
		List<PurchaseConfirmation> confirmations = confirmations();

		Queue<Long> lowestSeen = new ConcurrentLinkedQueue<>();
		publishConcurrently(confirmations);
		await().atMost(TestDistributor.PATIENCE.multipliedBy(2)).until(() -> {
			lowestSeen.add(lowestAvailable());
			return this.distributor.receivedAcknowledgements().size() >= CONFIRMATIONS;
		});

		List<PurchaseAcknowledgement> acknowledgements = this.distributor.receivedAcknowledgements();
		assertThat(acknowledgements).extracting(PurchaseAcknowledgement::confirmationId)
			.as("one acknowledgement per confirmation")
			.containsExactlyInAnyOrderElementsOf(confirmations.stream().map(PurchaseConfirmation::messageId).toList());
		assertThat(lowestSeen).allSatisfy((lowest) -> assertThat(lowest).isNotNegative());
		Map<String, Long> accepted = sumLines(acknowledgements, true);
		Map<String, Long> rejected = sumLines(acknowledgements, false);
		Map<String, Long> confirmed = confirmedQuantities(confirmations);
		for (TestProduct product : INITIAL.keySet()) {
			Stock stock = TestCatalogue.stock(this.jdbc, product);
			long acceptedUnits = accepted.getOrDefault(product.sku(), 0L);
			assertThat(stock.available()).as("%s available", product.sku()).isNotNegative();
			assertThat(stock.available() + acceptedUnits).as("%s available + accepted", product.sku())
				.isEqualTo(INITIAL.get(product));
			assertThat(stock.appliedTotal()).as("%s applied total", product.sku())
				.isEqualTo(confirmed.get(product.sku()))
				.isEqualTo(acceptedUnits + rejected.getOrDefault(product.sku(), 0L));
			assertThat(rejected.get(product.sku())).as("%s ran short", product.sku()).isPositive();
		}
	}

	/** Between one and three lines of one to five units each: far more than in stock. */
	private static List<PurchaseConfirmation> confirmations() {
		List<TestProduct> products = List.copyOf(INITIAL.keySet());
		List<PurchaseConfirmation> confirmations = new ArrayList<>();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < CONFIRMATIONS; i++) {
			List<PurchaseConfirmation.Line> lines = new ArrayList<>();
			for (int l = random.nextInt(1, 4); l > 0; l--) {
				lines.add(line(products.get(random.nextInt(products.size())), random.nextLong(1, 6)));
			}
			confirmations.add(confirmation(CODE, lines.toArray(PurchaseConfirmation.Line[]::new)));
		}
		return confirmations;
	}

	private void publishConcurrently(List<PurchaseConfirmation> confirmations) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(PUBLISHERS);
		try {
			List<Future<?>> publishers = new ArrayList<>();
			for (int p = 0; p < PUBLISHERS; p++) {
				int first = p;
				publishers.add(pool.submit(() -> {
					for (int i = first; i < confirmations.size(); i += PUBLISHERS) {
						this.distributor.send(confirmations.get(i));
					}
				}));
			}
			for (Future<?> publisher : publishers) {
				publisher.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long lowestAvailable() {
		return this.jdbc.sql("select min(available) from product").query(Long.class).single();
	}

	private static Map<String, Long> sumLines(List<PurchaseAcknowledgement> acknowledgements, boolean accepted) {
		Map<String, Long> units = new HashMap<>();
		acknowledgements.stream()
			.flatMap((acknowledgement) -> acknowledgement.lines().stream())
			.filter((line) -> line.accepted() == accepted)
			.forEach((LineOutcome line) -> units.merge(line.sku(), line.quantity(), Long::sum));
		return units;
	}

	private static Map<String, Long> confirmedQuantities(List<PurchaseConfirmation> confirmations) {
		Map<String, Long> units = new HashMap<>();
		confirmations.stream()
			.flatMap((confirmation) -> confirmation.lines().stream())
			.forEach((line) -> units.merge(line.sku(), line.quantity(), Long::sum));
		return units;
	}

}
