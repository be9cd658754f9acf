package dev.centraldistribution.distributor.adapters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.LineVerdict;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.PurchaseAnswered;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every adapter must do against its manufacturer's real simulator, reading and
 * delivering: the second half of the test kit of {@code docs/adapters.md} (the first,
 * {@link OfferingsSourceContract}, feeds an adapter hostile data from a double). The
 * offerings are read into our snapshot; an unchanged manufacturer is read as unchanged (a
 * conditional request where the manufacturer tags its offerings) and a changed one is
 * read again; a purchase delivered three times by the relay is applied once and answered
 * the same each time; a cancellation gives the units back; a manufacturer that cannot be
 * reached is a failure the relay retries, never a loss. Module {@code system-tests}
 * extends this for each kind, against the packaged simulator started as a process with
 * its production and shipping switched off, so that only our messages change its stock.
 */
abstract class AdapterContract {

	static final PullLimits LIMITS = new PullLimits(Duration.ofSeconds(5), Duration.ofSeconds(20),
			DataSize.ofMegabytes(8), 10_000);

	static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The simulator under test, as the distributor knows it. */
	abstract Manufacturer manufacturer();

	/** The adapter's reading. */
	abstract OfferingsSource source();

	/** The adapter's delivery. */
	abstract Courier courier();

	/** Every answer the adapter handed on so far ({@link ManufacturerAnswered}). */
	abstract List<ManufacturerAnswered> answers();

	/**
	 * Delivers the parcel the adapter's way while the manufacturer, or whatever carries
	 * parcels to it, cannot be reached.
	 */
	abstract Sending sendWhileUnreachable(Parcel parcel);

	abstract JsonMapper json();

	private final long subOrder = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);

	@Test
	void readsItsOfferingsIntoOurSnapshot() throws Exception {
		ReadSnapshot snapshot = read(null).snapshot();

		assertThat(snapshot.rejected()).isEmpty();
		assertThat(snapshot.accepted()).isNotEmpty().allSatisfy((product) -> {
			assertThat(product.sku()).isNotBlank();
			assertThat(product.name()).isNotBlank();
			assertThat(product.unitPriceCents()).isPositive();
			assertThat(product.currency()).matches("[A-Z]{3}");
			assertThat(product.available()).isNotNegative();
		});
	}

	@Test
	void anUnchangedManufacturerIsReadAsUnchanged() throws Exception {
		Offerings first = read(null);

		Offerings again = read(first.tag());

		if (first.tag() != null) {
			assertThat(again.notModified()).as("asked with the tag of an unchanged snapshot").isTrue();
		}
		else {
			assertThat(again.snapshot().accepted()).containsExactlyInAnyOrderElementsOf(first.snapshot().accepted());
		}
	}

	@Test
	void aPurchaseDeliveredThreeTimesIsAppliedOnceAndAnsweredTheSameEachTime() throws Exception {
		Offerings before = read(null);
		ProductOffering product = inStock(before.snapshot());
		Parcel purchase = purchase(product, 2);

		for (int i = 0; i < 3; i++) {
			assertThat(courier().send(purchase).awaitFailure(PATIENCE)).as("delivery %d", i + 1).isNull();
		}

		await("three answers").atMost(PATIENCE).until(() -> purchaseAnswers().size() >= 3);
		assertThat(purchaseAnswers()).extracting(PurchaseAnswered::lines)
			.containsOnly(List.of(new LineVerdict(product.sku(), true, null)));
		Offerings after = read(before.tag());
		assertThat(after.notModified()).as("changed since the tag read before").isFalse();
		ProductOffering now = find(after.snapshot(), product.sku());
		assertThat(now.available()).as("units left").isEqualTo(product.available() - 2);
		assertThat(now.appliedTotal()).as("units applied").isEqualTo(product.appliedTotal() + 2);
	}

	@Test
	void aCancellationGivesTheUnitsBackOnceHoweverOftenItIsDelivered() throws Exception {
		ProductOffering product = inStock(read(null).snapshot());
		Parcel purchase = purchase(product, 1);
		assertThat(courier().send(purchase).awaitFailure(PATIENCE)).isNull();
		await("the purchase answered").atMost(PATIENCE).until(() -> !purchaseAnswers().isEmpty());
		Parcel cancellation = cancellation(purchase);

		assertThat(courier().send(cancellation).awaitFailure(PATIENCE)).isNull();
		assertThat(courier().send(cancellation).awaitFailure(PATIENCE)).isNull();

		// Answered once or once per delivery, as the manufacturer's contract has it (a
		// native manufacturer answers a redelivered cancellation with silence).
		await("the cancellation answered").atMost(PATIENCE).until(() -> !reports().isEmpty());
		assertThat(reports()).extracting(SubOrderReported::report).containsOnly(Report.CANCELLED);
		assertThat(find(read(null).snapshot(), product.sku()).available()).as("units back in stock, once")
			.isEqualTo(product.available());
	}

	@Test
	void aManufacturerThatCannotBeReachedIsAFailureToRetryNotALoss() throws Exception {
		ProductOffering product = inStock(read(null).snapshot());
		Parcel purchase = purchase(product, 1);

		assertThat(sendWhileUnreachable(purchase).awaitFailure(PATIENCE)).as("why it is tried again").isNotBlank();
		assertThat(courier().gaveUp(1)).as("given up after one attempt").isFalse();
		assertThat(courier().send(purchase).awaitFailure(PATIENCE)).as("the retry, once reachable").isNull();

		await("the purchase answered").atMost(PATIENCE).until(() -> !purchaseAnswers().isEmpty());
		assertThat(find(read(null).snapshot(), product.sku()).available()).isEqualTo(product.available() - 1);
	}

	private Offerings read(String tag) throws PullFailedException {
		return source().read(manufacturer(), tag);
	}

	private List<PurchaseAnswered> purchaseAnswers() {
		return answers().stream()
			.filter((answer) -> answer instanceof PurchaseAnswered purchase && purchase.subOrderId() == this.subOrder)
			.map(PurchaseAnswered.class::cast)
			.toList();
	}

	private List<SubOrderReported> reports() {
		return answers().stream()
			.filter((answer) -> answer instanceof SubOrderReported report && report.subOrderId() == this.subOrder)
			.map(SubOrderReported.class::cast)
			.toList();
	}

	private Parcel purchase(ProductOffering product, long quantity) {
		String messageId = UUID.randomUUID().toString();
		PurchaseConfirmation purchase = new PurchaseConfirmation(messageId, PurchaseConfirmation.SCHEMA_VERSION,
				Instant.now(), manufacturer().code(), this.subOrder, this.subOrder,
				List.of(new PurchaseConfirmation.Line(product.sku(), quantity, product.unitPriceCents())));
		return parcel(messageId, PurchaseConfirmation.TYPE, purchase);
	}

	private Parcel cancellation(Parcel purchase) {
		String messageId = UUID.randomUUID().toString();
		PurchaseCancellation cancellation = new PurchaseCancellation(messageId, PurchaseCancellation.SCHEMA_VERSION,
				Instant.now(), manufacturer().code(), purchase.messageId(), this.subOrder);
		return parcel(messageId, PurchaseCancellation.TYPE, cancellation);
	}

	private Parcel parcel(String messageId, String type, Object message) {
		return new Parcel(messageId, MessagingTopology.PURCHASES_EXCHANGE, manufacturer().code(), type,
				json().writeValueAsString(message));
	}

	/** A product with a few units, so that this test's purchases are supplied in full. */
	private static ProductOffering inStock(ReadSnapshot snapshot) {
		return snapshot.accepted()
			.stream()
			.filter((product) -> product.available() >= 3)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no product with 3 units or more: " + snapshot.accepted()));
	}

	private static ProductOffering find(ReadSnapshot snapshot, String sku) {
		return snapshot.accepted()
			.stream()
			.filter((product) -> product.sku().equals(sku))
			.findFirst()
			.orElseThrow(() -> new AssertionError(sku + " no longer offered"));
	}

}
