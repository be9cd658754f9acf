package dev.centraldistribution.manufacturer.shipping;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.outbox.OutboxEntry;
import dev.centraldistribution.manufacturer.purchases.ApplyCancellation;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.shipping.delay=20s", "manufacturer.shipping.transit=40s" })
@Import(ParcelsShipAndArriveOnceTests.Clocks.class)
class CancellationsApplyOnceTests {

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

	@BeforeEach
	void aFreshWarehouse() {
		TestCatalogue.resetToInitialStock(this.jdbc);
		this.jdbc.sql("delete from shipment").update();
		this.jdbc.sql("delete from outbox_message").update();
	}

	@Test
	void aPurchaseNotShippedIsCancelledItsUnitsGoBackAndItNeverShips() {
		TestCatalogue.Stock before = TestCatalogue.stock(this.jdbc, TestCatalogue.DRILL);
		PurchaseConfirmation purchase = confirmation(2);
		this.purchases.apply(purchase);

		assertThat(this.cancellations.apply(cancellation(purchase))).isTrue();

		assertThat(answers()).singleElement().satisfies((answer) -> {
			assertThat(answer.cancelled()).isTrue();
			assertThat(answer.subOrderId()).isEqualTo(purchase.subOrderId());
		});
		TestCatalogue.Stock after = TestCatalogue.stock(this.jdbc, TestCatalogue.DRILL);
		assertThat(after.available()).as("the units are back").isEqualTo(before.available());
		assertThat(after.appliedTotal()).as("the purchase still counts as processed")
			.isEqualTo(before.appliedTotal() + 2);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.parcels.shipDue()).isZero();
	}

	@Test
	void aShippedPurchaseIsNotCancelledTheAnswerSaysTooLate() {
		PurchaseConfirmation purchase = confirmation(2);
		this.purchases.apply(purchase);
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(this.parcels.shipDue()).isOne();
		long available = TestCatalogue.available(this.jdbc, TestCatalogue.DRILL);

		this.cancellations.apply(cancellation(purchase));

		assertThat(answers()).singleElement().satisfies((answer) -> {
			assertThat(answer.cancelled()).isFalse();
			assertThat(answer.reason()).isEqualTo("already shipped");
		});
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.DRILL)).isEqualTo(available);
		this.clock.advance(Duration.ofSeconds(40));
		assertThat(this.parcels.deliverDue()).as("it travels on").isOne();
	}

	@Test
	void aCancellationBeforeItsPurchaseRejectsThePurchaseAndKeepsTheBooksBalanced() {
		TestCatalogue.Stock before = TestCatalogue.stock(this.jdbc, TestCatalogue.DRILL);
		PurchaseConfirmation purchase = confirmation(2);

		this.cancellations.apply(cancellation(purchase));
		PurchaseAcknowledgement acknowledgement = this.purchases.apply(purchase).acknowledgement();

		assertThat(answers()).singleElement().satisfies((answer) -> assertThat(answer.cancelled()).isTrue());
		assertThat(acknowledgement.lines()).singleElement().satisfies((line) -> {
			assertThat(line.accepted()).isFalse();
			assertThat(line.reason()).isEqualTo("cancelled before the purchase arrived");
		});
		TestCatalogue.Stock after = TestCatalogue.stock(this.jdbc, TestCatalogue.DRILL);
		assertThat(after.available()).isEqualTo(before.available());
		assertThat(after.appliedTotal()).isEqualTo(before.appliedTotal() + 2);
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(this.parcels.shipDue()).isZero();
	}

	@Test
	void theSameCancellationTwiceIsAppliedOnce() {
		PurchaseConfirmation purchase = confirmation(2);
		this.purchases.apply(purchase);
		PurchaseCancellation cancellation = cancellation(purchase);
		this.cancellations.apply(cancellation);
		long available = TestCatalogue.available(this.jdbc, TestCatalogue.DRILL);

		assertThat(this.cancellations.apply(cancellation)).isFalse();

		assertThat(answers()).hasSize(1);
		assertThat(TestCatalogue.available(this.jdbc, TestCatalogue.DRILL)).isEqualTo(available);
	}

	private List<CancellationAnswer> answers() {
		return this.outbox.unsent(10)
			.stream()
			.filter((entry) -> CancellationAnswer.TYPE.equals(entry.type()))
			.map(OutboxEntry::body)
			.map((body) -> this.json.readValue(body, CancellationAnswer.class))
			.toList();
	}

	private PurchaseConfirmation confirmation(long quantity) {
		long subOrder = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
		return new PurchaseConfirmation("purchase-" + subOrder, PurchaseConfirmation.SCHEMA_VERSION,
				this.clock.instant(), "test", subOrder, subOrder,
				List.of(new PurchaseConfirmation.Line(TestCatalogue.DRILL.sku(), quantity,
						TestCatalogue.DRILL.unitPriceCents())));
	}

	private PurchaseCancellation cancellation(PurchaseConfirmation purchase) {
		return new PurchaseCancellation("cancellation-" + purchase.subOrderId(), PurchaseCancellation.SCHEMA_VERSION,
				this.clock.instant(), "test", purchase.messageId(), purchase.subOrderId());
	}

}
