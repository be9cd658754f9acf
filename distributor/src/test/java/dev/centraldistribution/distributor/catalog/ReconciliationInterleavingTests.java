package dev.centraldistribution.distributor.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of sales, acknowledgements (in any order), production, stock losses
 * and pulls (current, delayed or without the product) against a model of the
 * manufacturer. After every step: {@code available = received_total - sold_total >= 0},
 * and, unless the manufacturer lost stock since the last pull, {@code available} never
 * exceeds what the manufacturer can still supply once it has processed every sale.
 */
@SpringBootTest
class ReconciliationInterleavingTests {

	private static final int SEQUENCES = 50;

	private static final int STEPS = 40;

	private static final String SKU = "WIDGET";

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	List<String> codes = new ArrayList<>();

	@AfterEach
	void deleteManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void randomInterleavingsKeepTheBooksAndNeverResurrectSoldGoods() {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int sequence = 0; sequence < SEQUENCES; sequence++) {
			Manufacturer manufacturer = TestManufacturers.register(this.registry, "mix",
					URI.create("http://127.0.0.1:9"));
			this.codes.add(manufacturer.code());
			new Sequence(manufacturer, random, "seed " + seed + ", sequence " + sequence).run();
		}
	}

	/** One manufacturer, one product, one random history. */
	private final class Sequence {

		private final Manufacturer manufacturer;

		private final Random random;

		private final OfferingRows offerings = new OfferingRows(ReconciliationInterleavingTests.this.jdbc);

		private final List<String> history = new ArrayList<>();

		private final String name;

		/** Units in the manufacturer's warehouse. */
		private long stock;

		/** Units of our sales the manufacturer has processed, accepted or rejected. */
		private long applied;

		/** Our sales the manufacturer has not processed yet. */
		private final List<Long> pending = new ArrayList<>();

		/** A snapshot taken earlier and not applied yet. */
		private ProductOffering inFlight;

		/** The manufacturer lost stock since the last current pull. */
		private boolean lostStock;

		private long sold;

		Sequence(Manufacturer manufacturer, Random random, String name) {
			this.manufacturer = manufacturer;
			this.random = random;
			this.name = name;
			this.stock = random.nextInt(20);
		}

		void run() {
			pullNow();
			for (int step = 0; step < STEPS; step++) {
				switch (this.random.nextInt(9)) {
					case 0, 1, 2 -> sell(1 + this.random.nextInt(4));
					case 3 -> processOneSale();
					case 4 -> produce(1 + this.random.nextInt(8));
					case 5 -> loseStock(1 + this.random.nextInt(6));
					case 6 -> takeSnapshot();
					case 7 -> deliverSnapshot();
					default -> {
						if (this.random.nextInt(6) == 0) {
							withdraw();
						}
						else {
							pullNow();
						}
					}
				}
				check();
			}
		}

		private void sell(long quantity) {
			Row before = row();
			boolean sold = this.offerings.sell(before.id(), quantity);
			this.history.add("sell " + quantity + (sold ? "" : " (short)"));
			assertThat(sold).as(story("a sale succeeds exactly when enough is available"))
				.isEqualTo(before.available() >= quantity);
			if (sold) {
				this.sold += quantity;
				this.pending.add(quantity);
			}
		}

		// Out of order: any pending sale may be processed first.
		private void processOneSale() {
			if (this.pending.isEmpty()) {
				return;
			}
			long quantity = this.pending.remove(this.random.nextInt(this.pending.size()));
			boolean accepted = this.stock >= quantity;
			if (accepted) {
				this.stock -= quantity;
			}
			this.applied += quantity;
			this.history.add("manufacturer processes " + quantity + (accepted ? "" : " (rejected)"));
		}

		private void produce(long quantity) {
			this.stock += quantity;
			this.history.add("produce " + quantity);
		}

		private void loseStock(long quantity) {
			this.stock = Math.max(0, this.stock - quantity);
			this.lostStock = true;
			this.inFlight = null;
			this.history.add("manufacturer loses " + quantity);
		}

		private void takeSnapshot() {
			this.inFlight = product(SKU, this.stock, this.applied);
			this.history.add("snapshot taken " + this.stock + "/" + this.applied);
		}

		private void deliverSnapshot() {
			if (this.inFlight == null) {
				return;
			}
			apply(List.of(this.inFlight));
			this.history.add("late snapshot applied");
			this.inFlight = null;
		}

		private void pullNow() {
			apply(List.of(product(SKU, this.stock, this.applied)));
			this.lostStock = false;
			this.history.add("pull " + this.stock + "/" + this.applied);
			assertThat(row().available()).as(story("a current pull offers exactly what the manufacturer can supply"))
				.isEqualTo(Math.max(0, supply()));
		}

		private void withdraw() {
			apply(List.of());
			this.history.add("pull without the product");
			assertThat(row().available()).as(story("a withdrawn product is not on sale")).isZero();
		}

		private void apply(List<ProductOffering> products) {
			ReconciliationInterleavingTests.this.reconciliation.apply(this.manufacturer.id(), products);
		}

		private void check() {
			Row row = row();
			assertThat(row.available()).as(story("available never negative")).isNotNegative();
			assertThat(row.available()).as(story("available = received - sold"))
				.isEqualTo(row.receivedTotal() - row.soldTotal());
			assertThat(row.soldTotal()).as(story("sold total")).isEqualTo(this.sold);
			if (!this.lostStock) {
				assertThat(row.available()).as(story("never more than the manufacturer can supply"))
					.isLessThanOrEqualTo(Math.max(0, supply()));
			}
		}

		/** What the manufacturer can still give us once it has processed our sales. */
		private long supply() {
			return this.stock - (this.sold - this.applied);
		}

		private Row row() {
			return this.offerings.get(this.manufacturer.id(), SKU);
		}

		private String story(String invariant) {
			return invariant + " (" + this.name + ") after " + this.history;
		}

	}

}
