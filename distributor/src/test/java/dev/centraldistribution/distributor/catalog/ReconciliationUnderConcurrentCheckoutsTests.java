package dev.centraldistribution.distributor.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.OfferingRows.Row;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkouts of two offerings of one manufacturer (conditional decrements in id order, in
 * one transaction) race with a thread applying that manufacturer's snapshots. The
 * manufacturer processes every sale it sees at once, so each snapshot says: supply =
 * initial + produced - sold. At the end no unit was sold twice or lost, no deadlock
 * occurred, and a final pull offers exactly what is left.
 */
@SpringBootTest
class ReconciliationUnderConcurrentCheckoutsTests {

	private static final String[] SKUS = { "HOT-A", "HOT-B" };

	private static final long INITIAL = 300;

	private static final int BUYERS = 4;

	private static final int CHECKOUTS_PER_BUYER = 150;

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	String code;

	@AfterEach
	void deleteManufacturer() {
		TestManufacturers.delete(this.jdbc, List.of(this.code));
	}

	@Test
	void conservationHoldsWhilePullsRaceWithCheckouts() throws Exception {
		Manufacturer manufacturer = TestManufacturers.register(this.registry, "race", URI.create("http://127.0.0.1:9"));
		this.code = manufacturer.code();
		OfferingRows offerings = new OfferingRows(this.jdbc);
		this.reconciliation.apply(manufacturer.id(), snapshot(0, new long[] { 0, 0 }));
		long[] ids = { offerings.get(manufacturer.id(), SKUS[0]).id(), offerings.get(manufacturer.id(), SKUS[1]).id() };

		AtomicLongArray soldByBuyers = new AtomicLongArray(2);
		AtomicBoolean buying = new AtomicBoolean(true);
		ConcurrentLinkedQueue<String> anomalies = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(BUYERS + 1);
		try {
			CountDownLatch pulling = new CountDownLatch(1);
			Future<Long> puller = threads.submit(() -> pullWhile(buying, pulling, manufacturer, offerings, anomalies));
			List<Future<?>> buyers = new ArrayList<>();
			for (int b = 0; b < BUYERS; b++) {
				buyers.add(threads.submit(() -> {
					pulling.await(1, TimeUnit.MINUTES);
					buy(ids, offerings, soldByBuyers);
					return null;
				}));
			}
			for (Future<?> buyer : buyers) {
				buyer.get(5, TimeUnit.MINUTES);
			}
			buying.set(false);
			long produced = puller.get(5, TimeUnit.MINUTES);

			assertThat(anomalies).isEmpty();
			long[] sold = { soldByBuyers.get(0), soldByBuyers.get(1) };
			this.reconciliation.apply(manufacturer.id(), snapshot(produced, sold));
			for (int i = 0; i < 2; i++) {
				Row row = offerings.get(manufacturer.id(), SKUS[i]);
				assertThat(row.soldTotal()).as("units sold of " + SKUS[i]).isEqualTo(sold[i]);
				assertThat(row.isConsistent()).as("available = received - sold for " + row).isTrue();
				assertThat(sold[i]).as("never sold more than existed").isLessThanOrEqualTo(INITIAL + produced);
				assertThat(row.available()).as("a final pull offers what is left")
					.isEqualTo(INITIAL + produced - sold[i]);
			}
			assertThat(sold[0] + sold[1]).as("the race had sales to race with").isPositive();
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void buy(long[] ids, OfferingRows offerings, AtomicLongArray sold) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < CHECKOUTS_PER_BUYER; i++) {
			long[] quantities = { 1 + random.nextInt(3), 1 + random.nextInt(3) };
			Boolean bought = this.transactions.execute((status) -> {
				// Lines in id order, like checkout; a short line rolls the whole order
				// back.
				for (int line = 0; line < 2; line++) {
					if (!offerings.sell(ids[line], quantities[line])) {
						status.setRollbackOnly();
						return false;
					}
				}
				return true;
			});
			if (Boolean.TRUE.equals(bought)) {
				sold.addAndGet(0, quantities[0]);
				sold.addAndGet(1, quantities[1]);
			}
		}
	}

	/** Applies snapshots until the buyers stop; returns the units produced meanwhile. */
	private long pullWhile(AtomicBoolean buying, CountDownLatch pulling, Manufacturer manufacturer,
			OfferingRows offerings, ConcurrentLinkedQueue<String> anomalies) {
		long produced = 0;
		while (buying.get()) {
			pulling.countDown();
			produced += ThreadLocalRandom.current().nextInt(3);
			long[] sold = { offerings.get(manufacturer.id(), SKUS[0]).soldTotal(),
					offerings.get(manufacturer.id(), SKUS[1]).soldTotal() };
			this.reconciliation.apply(manufacturer.id(), snapshot(produced, sold));
			for (String sku : SKUS) {
				Row row = offerings.get(manufacturer.id(), sku);
				if (!row.isConsistent()) {
					anomalies.add("inconsistent " + row);
				}
			}
		}
		return produced;
	}

	/**
	 * The manufacturer's snapshot after processing {@code applied} units of each product:
	 * stock = initial + produced - applied.
	 */
	private static List<ProductOffering> snapshot(long produced, long[] applied) {
		return List.of(product(SKUS[0], INITIAL + produced - applied[0], applied[0]),
				product(SKUS[1], INITIAL + produced - applied[1], applied[1]));
	}

}
