package dev.centraldistribution.manufacturer.shipping;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.PurchaseAcknowledgement.LineOutcome;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.TestCatalogue.TestProduct;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.outbox.OutboxEntry;
import dev.centraldistribution.manufacturer.purchases.ApplyCancellation;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property test of the manufacturer's side of the lifecycle: purchases, cancellations
 * (before or after their purchase, pressed twice), redeliveries, production, shipping and
 * pulls in a random order, each seed one run. After every step the warehouse agrees with
 * a model of it: stock never negative and conserved (initial + produced - accepted +
 * released), the applied total counts every purchase once, every cancellation is answered
 * once and truly (too late only when shipped), and a cancelled parcel never ships.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.shipping.delay=20s", "manufacturer.shipping.transit=40s" })
@Import(ParcelsShipAndArriveOnceTests.Clocks.class)
class SellCancelShipInAnyOrderKeepsTheBooksTests {

	private static final List<TestProduct> PRODUCTS = List.of(TestCatalogue.DRILL, TestCatalogue.SCREWS);

	private static final int STEPS = 60;

	@Autowired
	ApplyPurchaseConfirmation purchases;

	@Autowired
	ApplyCancellation cancellations;

	@Autowired
	ShipParcels parcels;

	@Autowired
	Outbox outbox;

	@Autowired
	MovableClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233 })
	void theWarehouseAgreesWithItsModelAfterEveryStep(long seed) {
		TestCatalogue.resetToInitialStock(this.jdbc);
		this.jdbc.sql("delete from shipment").update();
		this.jdbc.sql("delete from outbox_message").update();
		Random random = new Random(seed);
		Model model = new Model();
		for (TestProduct product : PRODUCTS) {
			TestCatalogue.Stock start = TestCatalogue.stock(this.jdbc, product);
			model.available.put(product.sku(), start.available());
			model.applied.put(product.sku(), start.appliedTotal());
		}
		List<String> steps = new ArrayList<>();
		for (int step = 0; step < STEPS; step++) {
			steps.add(act(random, model));
			String context = "seed " + seed + " after " + steps;
			checkAgainst(model, context);
		}
	}

	private String act(Random random, Model model) {
		int choice = random.nextInt(10);
		if (choice < 3 || model.parts.isEmpty()) {
			return buy(model.newPart(random), model);
		}
		Part part = model.parts.get(random.nextInt(model.parts.size()));
		return switch (choice) {
			case 3 -> part.purchased ? redeliverPurchase(part) : buy(part, model);
			case 4, 5 -> cancel(part, model);
			case 6 -> time(model);
			case 7 -> produce(random, model);
			default -> part.cancelAnswered ? redeliverCancellation(part) : time(model);
		};
	}

	private String buy(Part part, Model model) {
		if (part.purchased) {
			return redeliverPurchase(part);
		}
		part.purchased = true;
		LineOutcome line = this.purchases.apply(part.confirmation(this.clock)).acknowledgement().lines().get(0);
		long available = model.available.get(part.product.sku());
		boolean expectAccepted = !part.cancelled && available >= part.quantity;
		assertThat(line.accepted()).as("purchase of %s accepted", part).isEqualTo(expectAccepted);
		model.applied.merge(part.product.sku(), part.quantity, Long::sum);
		if (expectAccepted) {
			part.accepted = true;
			part.shipsAt = this.clock.instant().plusSeconds(20);
			model.available.merge(part.product.sku(), -part.quantity, Long::sum);
		}
		return "buy " + part;
	}

	private String redeliverPurchase(Part part) {
		assertThat(this.purchases.apply(part.confirmation(this.clock)).redelivery()).as("a redelivered purchase")
			.isTrue();
		return "redeliver purchase " + part.subOrder;
	}

	private String cancel(Part part, Model model) {
		if (part.cancelAnswered) {
			return redeliverCancellation(part);
		}
		assertThat(this.cancellations.apply(part.cancellation(this.clock))).isTrue();
		part.cancelAnswered = true;
		if (part.shipped) {
			model.answers.put(part.subOrder, false);
			return "cancel too late " + part;
		}
		model.answers.put(part.subOrder, true);
		part.cancelled = true;
		if (part.accepted) {
			model.available.merge(part.product.sku(), part.quantity, Long::sum);
		}
		return "cancel " + part;
	}

	private String redeliverCancellation(Part part) {
		assertThat(this.cancellations.apply(part.cancellation(this.clock))).as("a redelivered cancellation").isFalse();
		return "redeliver cancellation " + part.subOrder;
	}

	private String time(Model model) {
		this.clock.advance(Duration.ofSeconds(7));
		int shipped = this.parcels.shipDue();
		this.parcels.deliverDue();
		long due = 0;
		for (Part part : model.parts) {
			if (part.accepted && !part.cancelled && !part.shipped && !part.shipsAt.isAfter(this.clock.instant())) {
				part.shipped = true;
				due++;
			}
		}
		assertThat(shipped).as("parcels shipped").isEqualTo(due);
		return "7 s later, " + shipped + " shipped";
	}

	private String produce(Random random, Model model) {
		TestProduct product = PRODUCTS.get(random.nextInt(PRODUCTS.size()));
		long units = 1 + random.nextInt(5);
		this.jdbc.sql("update product set available = available + :units where sku = :sku")
			.param("units", units)
			.param("sku", product.sku())
			.update();
		model.available.merge(product.sku(), units, Long::sum);
		return "produce " + units + " " + product.sku();
	}

	private void checkAgainst(Model model, String context) {
		for (TestProduct product : PRODUCTS) {
			TestCatalogue.Stock stock = TestCatalogue.stock(this.jdbc, product);
			assertThat(stock.available()).as("available %s, %s", product.sku(), context)
				.isNotNegative()
				.isEqualTo(model.available.get(product.sku()));
			assertThat(stock.appliedTotal()).as("applied total %s, %s", product.sku(), context)
				.isEqualTo(model.applied.get(product.sku()));
		}
		Map<Long, Boolean> answers = new HashMap<>();
		for (OutboxEntry entry : this.outbox.unsent(10_000)) {
			if (CancellationAnswer.TYPE.equals(entry.type())) {
				CancellationAnswer answer = this.json.readValue(entry.body(), CancellationAnswer.class);
				assertThat(answers.put(answer.subOrderId(), answer.cancelled()))
					.as("second answer for sub-order %d, %s", answer.subOrderId(), context)
					.isNull();
			}
		}
		assertThat(answers).as("cancellation answers, %s", context).isEqualTo(model.answers);
		assertThat(
				this.jdbc.sql("select count(*) from shipment where shipped_at is not null and cancelled_at is not null")
					.query(Long.class)
					.single())
			.as("parcels both shipped and cancelled, %s", context)
			.isZero();
	}

	/** What the warehouse should hold, step by step. */
	private static final class Model {

		private final Map<String, Long> available = new HashMap<>();

		private final Map<String, Long> applied = new HashMap<>();

		private final Map<Long, Boolean> answers = new HashMap<>();

		private final List<Part> parts = new ArrayList<>();

		/** Sub-order ids no other run used: on PostgreSQL the tests share one schema. */
		private static long nextSubOrder = 2_000_000_000L + Math.floorMod(System.nanoTime(), 1_000_000_000L) * 100;

		Part newPart(Random random) {
			Part part = new Part(nextSubOrder++, PRODUCTS.get(random.nextInt(PRODUCTS.size())), 1 + random.nextInt(4));
			this.parts.add(part);
			return part;
		}

	}

	/** One sub-order of one line, and what has happened to it. */
	private static final class Part {

		private final long subOrder;

		private final TestProduct product;

		private final long quantity;

		private boolean purchased;

		private boolean accepted;

		private boolean cancelled;

		private boolean cancelAnswered;

		private boolean shipped;

		private Instant shipsAt;

		Part(long subOrder, TestProduct product, long quantity) {
			this.subOrder = subOrder;
			this.product = product;
			this.quantity = quantity;
		}

		PurchaseConfirmation confirmation(MovableClock clock) {
			return new PurchaseConfirmation("purchase-" + this.subOrder, PurchaseConfirmation.SCHEMA_VERSION,
					clock.instant(), "test", this.subOrder, this.subOrder,
					List.of(new PurchaseConfirmation.Line(this.product.sku(), this.quantity,
							this.product.unitPriceCents())));
		}

		PurchaseCancellation cancellation(MovableClock clock) {
			return new PurchaseCancellation("cancellation-" + this.subOrder, PurchaseCancellation.SCHEMA_VERSION,
					clock.instant(), "test", "purchase-" + this.subOrder, this.subOrder);
		}

		@Override
		public String toString() {
			return this.subOrder + " (" + this.quantity + " " + this.product.sku() + ")";
		}

	}

}
