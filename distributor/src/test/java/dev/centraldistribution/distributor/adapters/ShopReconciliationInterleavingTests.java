package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.OfferingRows.Row;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
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
 * Reconciliation without applied totals: random sequences of sales, a shop applying our
 * purchases in any order (accepting or rejecting them), its answers arriving late and
 * twice, production, and pulls whose three moments (start, when the answered units are
 * read; reading the stock; applying) interleave with all of it, against a model of the
 * shop. After every step: {@code available = received_total - sold_total >= 0} and never
 * more than the shop can still supply once it has applied every purchase sent; once every
 * purchase is answered, a pull offers exactly that.
 */
@SpringBootTest
class ShopReconciliationInterleavingTests {

	private static final int SEQUENCES = 40;

	private static final int STEPS = 50;

	private static final String SKU = "WIDGET";

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	AnsweredPurchases answered;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	List<String> codes = new ArrayList<>();

	@AfterEach
	void deleteManufacturers() {
		this.jdbc.sql("delete from shop_applied_total where manufacturer_code in (:codes)")
			.param("codes", this.codes)
			.update();
		this.jdbc.sql("delete from shop_answered_purchase where manufacturer_code in (:codes)")
			.param("codes", this.codes)
			.update();
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void randomInterleavingsNeverOfferMoreThanTheShopCanSupply() {
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int sequence = 0; sequence < SEQUENCES; sequence++) {
			Manufacturer shop = this.registry
				.register(new ManufacturerRegistration(TestManufacturers.uniqueCode("shop"), "Corner shop",
						URI.create("http://127.0.0.1:9"), null, AdapterKind.SHOP));
			this.codes.add(shop.code());
			new Sequence(shop, random, "seed " + seed + ", sequence " + sequence).run();
		}
	}

	/** One shop, one product, one random history. */
	private final class Sequence {

		private final Manufacturer shop;

		private final Random random;

		private final OfferingRows offerings = new OfferingRows(ShopReconciliationInterleavingTests.this.jdbc);

		private final List<String> history = new ArrayList<>();

		private final String name;

		/** Units in the shop's warehouse. */
		private long stock;

		private long sold;

		private int purchases;

		/** Purchases sent that the shop has not applied yet. */
		private final List<Purchase> sent = new ArrayList<>();

		/** Purchases the shop applied whose answer has not reached us yet. */
		private final List<Purchase> unanswered = new ArrayList<>();

		/** Purchases answered, any of which may be answered again. */
		private final List<Purchase> answered = new ArrayList<>();

		/**
		 * A pull under way: the units answered when it started, and the stock it read.
		 */
		private Long pullStartedWith;

		private Long stockRead;

		Sequence(Manufacturer shop, Random random, String name) {
			this.shop = shop;
			this.random = random;
			this.name = name;
			this.stock = random.nextInt(20);
		}

		void run() {
			pullNow();
			for (int step = 0; step < STEPS; step++) {
				switch (this.random.nextInt(10)) {
					case 0, 1, 2 -> sell(1 + this.random.nextInt(4));
					case 3 -> shopApplies();
					case 4 -> answerArrives();
					case 5 -> produce(1 + this.random.nextInt(8));
					case 6 -> startPull();
					case 7 -> readStock();
					case 8 -> finishPull();
					default -> pullNow();
				}
				check();
			}
			settle();
		}

		private void sell(long quantity) {
			Row before = row();
			boolean sold = this.offerings.sell(before.id(), quantity);
			this.history.add("sell " + quantity + (sold ? "" : " (short)"));
			assertThat(sold).as(story("a sale succeeds exactly when enough is available"))
				.isEqualTo(before.available() >= quantity);
			if (sold) {
				this.sold += quantity;
				this.sent.add(new Purchase("purchase-" + this.shop.code() + "-" + (++this.purchases), quantity));
			}
		}

		// Out of order: any purchase sent may be applied first.
		private void shopApplies() {
			if (this.sent.isEmpty()) {
				return;
			}
			Purchase purchase = this.sent.remove(this.random.nextInt(this.sent.size()));
			boolean accepted = this.stock >= purchase.quantity();
			if (accepted) {
				this.stock -= purchase.quantity();
			}
			this.unanswered.add(purchase);
			this.history.add("shop applies " + purchase.quantity() + (accepted ? "" : " (rejected)"));
		}

		private void answerArrives() {
			if (!this.answered.isEmpty() && this.random.nextInt(4) == 0) {
				Purchase again = this.answered.get(this.random.nextInt(this.answered.size()));
				answer(again);
				this.history.add("answer of " + again.quantity() + " again");
				return;
			}
			if (this.unanswered.isEmpty()) {
				return;
			}
			Purchase purchase = this.unanswered.remove(this.random.nextInt(this.unanswered.size()));
			answer(purchase);
			this.answered.add(purchase);
			this.history.add("answer of " + purchase.quantity());
		}

		private void produce(long quantity) {
			this.stock += quantity;
			this.history.add("produce " + quantity);
		}

		private void startPull() {
			this.pullStartedWith = answeredUnits();
			this.stockRead = null;
			this.history.add("pull starts (" + this.pullStartedWith + " answered)");
		}

		private void readStock() {
			if (this.pullStartedWith == null) {
				return;
			}
			this.stockRead = this.stock;
			this.history.add("pull reads stock " + this.stock);
		}

		private void finishPull() {
			if (this.pullStartedWith == null || this.stockRead == null) {
				return;
			}
			apply(product(SKU, this.stockRead, this.pullStartedWith));
			this.history.add("pull applied");
			this.pullStartedWith = null;
			this.stockRead = null;
		}

		private void pullNow() {
			apply(product(SKU, this.stock, answeredUnits()));
			this.history.add("pull " + this.stock);
		}

		/**
		 * Every purchase applied and answered, then a pull: exactly what the shop has.
		 */
		private void settle() {
			while (!this.sent.isEmpty()) {
				shopApplies();
			}
			while (!this.unanswered.isEmpty()) {
				answerArrives();
			}
			pullNow();
			assertThat(row().available()).as(story("once every purchase is answered, a pull is exact"))
				.isEqualTo(this.stock);
		}

		private void answer(Purchase purchase) {
			ShopReconciliationInterleavingTests.this.answered.answered(this.shop.code(), purchase.messageId(),
					List.of(new PurchaseConfirmation.Line(SKU, purchase.quantity(), 100)), Instant.now());
		}

		private long answeredUnits() {
			Map<String, Long> totals = ShopReconciliationInterleavingTests.this.answered.totals(this.shop.code());
			return totals.getOrDefault(SKU, 0L);
		}

		private void apply(ProductOffering product) {
			ShopReconciliationInterleavingTests.this.reconciliation.apply(this.shop.id(), List.of(product));
		}

		private void check() {
			Row row = row();
			assertThat(row.available()).as(story("available never negative")).isNotNegative();
			assertThat(row.available()).as(story("available = received - sold"))
				.isEqualTo(row.receivedTotal() - row.soldTotal());
			assertThat(row.soldTotal()).as(story("sold total")).isEqualTo(this.sold);
			assertThat(row.available()).as(story("never more than the shop can supply"))
				.isLessThanOrEqualTo(Math.max(0, supply()));
		}

		/** What the shop can still give us once it has applied every purchase sent. */
		private long supply() {
			return this.stock - this.sent.stream().mapToLong(Purchase::quantity).sum();
		}

		private Row row() {
			return this.offerings.get(this.shop.id(), SKU);
		}

		private String story(String invariant) {
			return invariant + " (" + this.name + ") after " + this.history;
		}

	}

	private record Purchase(String messageId, long quantity) {
	}

}
