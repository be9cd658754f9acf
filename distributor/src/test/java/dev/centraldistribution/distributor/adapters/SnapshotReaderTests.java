package dev.centraldistribution.distributor.adapters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import dev.centraldistribution.contracts.ProductOffering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What makes a whole snapshot unusable, and what only costs one product its place.
 */
class SnapshotReaderTests {

	private static final String CODE = "acme";

	private static final String GOOD = HostileProducts.GOOD;

	private final SnapshotReader reader = new SnapshotReader(5);

	@Test
	void readsAWellFormedSnapshot() throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE, GOOD, product("GOOD-2", "\"Nut\"", "25", "\"USD\"", "0", "7")));

		assertThat(snapshot.accepted()).containsExactly(new ProductOffering("GOOD-1", "Bolt", 1000, "EUR", 5, 0),
				new ProductOffering("GOOD-2", "Nut", 25, "USD", 0, 7));
		assertThat(snapshot.rejected()).isEmpty();
	}

	@Test
	void ignoresFieldsItDoesNotKnow() throws Exception {
		String body = """
				{"schemaVersion": 1, "manufacturerCode": "acme", "extra": {"nested": [1, 2]},
				 "products": [{"sku": "GOOD-1", "name": "Bolt", "unitPriceCents": 1000, "currency": "EUR",
				 "available": 5, "appliedTotal": 0, "colour": "red"}]}""";

		assertThat(read(body).accepted()).hasSize(1);
	}

	@Test
	void anEmptyProductListIsASnapshotOfNothing() throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE));

		assertThat(snapshot.accepted()).isEmpty();
		assertThat(snapshot.rejected()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not JSON                      | <html><body>Oops</body></html>                                  | MALFORMED
					truncated JSON                | {"schemaVersion": 1, "manufacturerCode": "acme", "products": [  | MALFORMED
					trailing garbage              | {"schemaVersion": 1, "manufacturerCode": "acme", "products": []} {} | MALFORMED
					duplicate keys                | {"schemaVersion": 1, "schemaVersion": 1, "manufacturerCode": "acme", "products": []} | MALFORMED
					duplicate keys in a product   | {"schemaVersion": 1, "manufacturerCode": "acme", "products": [{"sku": "A-1", "sku": "A-2"}]} | MALFORMED
					malformed after the products  | {"schemaVersion": 1, "manufacturerCode": "acme", "products": [], "x": [1,}  | MALFORMED
					products before the version   | {"products": [], "manufacturerCode": "acme", "schemaVersion": 2} | UNSUPPORTED_SCHEMA
					an array                      | []                                                              | MALFORMED
					empty body                    | ''                                                              | MALFORMED
					another schema version        | {"schemaVersion": 2, "manufacturerCode": "acme", "products": []} | UNSUPPORTED_SCHEMA
					no schema version             | {"manufacturerCode": "acme", "products": []}                    | UNSUPPORTED_SCHEMA
					schema version as text        | {"schemaVersion": "1", "manufacturerCode": "acme", "products": []} | UNSUPPORTED_SCHEMA
					another manufacturer          | {"schemaVersion": 1, "manufacturerCode": "globex", "products": []} | WRONG_MANUFACTURER
					no manufacturer               | {"schemaVersion": 1, "products": []}                            | WRONG_MANUFACTURER
					no products                   | {"schemaVersion": 1, "manufacturerCode": "acme"}                | INVALID_SNAPSHOT
					products not an array         | {"schemaVersion": 1, "manufacturerCode": "acme", "products": {}} | INVALID_SNAPSHOT
					""")
	void rejectsSnapshotsThatAreNotWhatWasAsked(String description, String body, PullFailureReason reason) {
		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(body))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(reason));
	}

	@Test
	void rejectsMoreProductsThanAllowedAsAWhole() {
		String[] products = IntStream.range(0, 6)
			.mapToObj((i) -> product("SKU-" + i, "\"P\"", "1", "\"EUR\"", "1", "0"))
			.toArray(String[]::new);

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(snapshot(CODE, products)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PullFailureReason.TOO_MANY_PRODUCTS));
	}

	@Test
	void checksTheSchemaVersionBeforeCountingTheProducts() {
		String[] products = IntStream.range(0, 6)
			.mapToObj((i) -> product("SKU-" + i, "\"P\"", "1", "\"EUR\"", "1", "0"))
			.toArray(String[]::new);
		String body = snapshot(CODE, products).replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(body))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PullFailureReason.UNSUPPORTED_SCHEMA));
	}

	@Test
	void rejectsASnapshotWhoseProductsAreAllInvalidAsAWhole() {
		String body = snapshot(CODE, product("BAD-1", "\"Bolt\"", "1000", "\"EUR\"", "-1", "0"),
				product("BAD-2", "null", "1000", "\"EUR\"", "1", "0"));

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(body))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PullFailureReason.NO_VALID_PRODUCTS));
	}

	@Test
	void rejectsAbsurdlyDeepNestingAsMalformed() {
		String body = "{\"schemaVersion\": 1, \"manufacturerCode\": \"acme\", \"products\": " + "[".repeat(5000)
				+ "]".repeat(5000) + "}";

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(body))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PullFailureReason.MALFORMED));
	}

	@Test
	void neverQuotesTheBodyOfAMalformedSnapshot() {
		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read("{\"<script>alert(1)</script>\" 1}"))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("malformed JSON at line 1")
				.doesNotContain("script"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.centraldistribution.distributor.adapters.HostileProducts#cases")
	void rejectsAnInvalidProductAndKeepsTheOthers(String entries, List<RejectionReason> reasons) throws Exception {
		ReadSnapshot snapshot = read(HostileProducts.snapshot(CODE, HostileProducts.GOOD + ", " + entries));

		assertThat(snapshot.accepted()).containsExactly(new ProductOffering("GOOD-1", "Bolt", 1000, "EUR", 5, 0));
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactlyInAnyOrderElementsOf(reasons);
	}

	@Test
	void keepsMarkupInNamesAsTextAndStripsControlCharacters() throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE,
				product("XSS", "\"<script>alert(1)</script>\\u0000\\nBolt\"", "1", "\"EUR\"", "1", "0")));

		assertThat(snapshot.accepted()).extracting(ProductOffering::name)
			.containsExactly("<script>alert(1)</script> Bolt");
	}

	@Test
	void readsADescriptionAndACategoryAsTextCleanedLikeNames() throws Exception {
		ReadSnapshot snapshot = read(
				snapshot(CODE,
						HostileProducts.described("\"<img src=x onerror=alert(1)>\\u0000 Strong\\n& light\"",
								"\" garden\\t\""),
						product("PLAIN", "\"Nut\"", "1", "\"EUR\"", "1", "0"),
						HostileProducts.described("\" \\u0000 \"", "null").replace("\"BAD\"", "\"EMPTY\"")));

		assertThat(snapshot.rejected()).isEmpty();
		assertThat(snapshot.accepted())
			.extracting(ProductOffering::sku, ProductOffering::description, ProductOffering::category)
			.containsExactly(tuple("BAD", "<img src=x onerror=alert(1)> Strong & light", "garden"),
					tuple("PLAIN", null, null), tuple("EMPTY", null, null));
	}

	private ReadSnapshot read(String body) throws PullFailedException {
		return this.reader.read(CODE, body.getBytes(StandardCharsets.UTF_8));
	}

	private static String snapshot(String code, String... entries) {
		return HostileProducts.snapshot(code, String.join(", ", entries));
	}

	private static String product(String sku, String name, String price, String currency, String available,
			String applied) {
		return HostileProducts.entry('"' + sku + '"', name, price, currency, available, applied);
	}

}
