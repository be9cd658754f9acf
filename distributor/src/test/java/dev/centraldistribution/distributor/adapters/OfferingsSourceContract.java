package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What every adapter's reading must do, whatever its manufacturer's wire format: the test
 * kit of {@code docs/adapters.md}. An adapter's contract test extends this and supplies a
 * double of its manufacturer that serves products in that format, answers with an HTTP
 * status, or with garbage.
 */
abstract class OfferingsSourceContract {

	static final PullLimits LIMITS = new PullLimits(Duration.ofSeconds(2), Duration.ofSeconds(5),
			DataSize.ofKilobytes(64), 5);

	static final String CODE = "contract";

	/** The adapter's source, reading within these limits. */
	abstract OfferingsSource source(PullLimits limits);

	/** The kind of manufacturer under test. */
	abstract AdapterKind kind();

	/** Where the double listens. */
	abstract URI baseUrl();

	/** The double offers these products (applied totals 0), in its own format. */
	abstract void offer(List<ProductOffering> products);

	/** The double answers every request with this status. */
	abstract void failWith(int status);

	/** The double answers with a body that is not JSON. */
	abstract void serveGarbage();

	@Test
	void readsEveryProductOffered() throws Exception {
		List<ProductOffering> products = List.of(new ProductOffering("BOLT-M8", "Bolt M8", 25, "EUR", 40, 0),
				new ProductOffering("NUT-M8", "Nut M8", 1250, "EUR", 0, 0),
				new ProductOffering("DRILL", "Cordless drill 18V", 8999, "EUR", 3, 0));
		offer(products);

		Offerings offerings = source(LIMITS).read(manufacturer(), null);

		assertThat(offerings.notModified()).isFalse();
		assertThat(offerings.snapshot().accepted()).containsExactlyInAnyOrderElementsOf(products);
		assertThat(offerings.snapshot().rejected()).isEmpty();
	}

	@Test
	void anEmptyRangeIsASnapshotOfNothing() throws Exception {
		offer(List.of());

		assertThat(source(LIMITS).read(manufacturer(), null).snapshot().accepted()).isEmpty();
	}

	@Test
	void controlCharactersLeaveANameAndAHostileQuantityLeavesItsProductOut() throws Exception {
		offer(List.of(new ProductOffering("BOLT", "<b>Bolt</b>\u0007 M8", 25, "EUR", 4, 0),
				new ProductOffering("NUT", "Nut", 25, "EUR", -3, 0)));

		ReadSnapshot snapshot = source(LIMITS).read(manufacturer(), null).snapshot();

		// Markup stays text, escaped wherever it is shown.
		assertThat(snapshot.accepted()).containsExactly(new ProductOffering("BOLT", "<b>Bolt</b> M8", 25, "EUR", 4, 0));
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactly(RejectionReason.QUANTITY_OUT_OF_RANGE);
	}

	@Test
	void moreProductsThanTheLimitAreRefusedAsAWhole() {
		offer(IntStream.range(0, LIMITS.maxProducts() + 1)
			.mapToObj((i) -> new ProductOffering("SKU-" + i, "P", 1, "EUR", 1, 0))
			.toList());

		assertFails(PullFailureReason.TOO_MANY_PRODUCTS);
	}

	@Test
	void aServerErrorFailsTheWholeRead() {
		failWith(503);

		assertFails(PullFailureReason.HTTP_STATUS);
	}

	@Test
	void garbageFailsTheWholeRead() {
		serveGarbage();

		assertFails(PullFailureReason.MALFORMED);
	}

	@Test
	void aManufacturerThatIsNotThereFails() {
		Manufacturer gone = new Manufacturer(1, CODE, "Gone", URI.create("http://127.0.0.1:1"), null, kind());

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> source(LIMITS).read(gone, null))
			.satisfies((ex) -> assertThat(ex.reason()).isIn(PullFailureReason.UNREACHABLE, PullFailureReason.TIMEOUT));
	}

	private void assertFails(PullFailureReason reason) {
		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> source(LIMITS).read(manufacturer(), null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	Manufacturer manufacturer() {
		return new Manufacturer(1, CODE, "Contract", baseUrl(), null, kind());
	}

}
