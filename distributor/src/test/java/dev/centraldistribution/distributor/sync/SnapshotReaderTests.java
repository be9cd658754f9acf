package dev.centraldistribution.distributor.sync;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.centraldistribution.contracts.ProductOffering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What makes a whole snapshot unusable, and what only costs one product its place.
 */
class SnapshotReaderTests {

	private static final String CODE = "acme";

	private static final String GOOD = product("GOOD-1", "\"Bolt\"", "1000", "\"EUR\"", "5", "0");

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
	void rejectsASnapshotWhoseProductsAreAllInvalidAsAWhole() {
		String body = snapshot(CODE, product("BAD-1", "\"Bolt\"", "1000", "\"EUR\"", "-1", "0"),
				product("BAD-2", "null", "1000", "\"EUR\"", "1", "0"));

		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read(body))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PullFailureReason.NO_VALID_PRODUCTS));
	}

	@Test
	void neverQuotesTheBodyOfAMalformedSnapshot() {
		assertThatExceptionOfType(PullFailedException.class).isThrownBy(() -> read("{\"<script>alert(1)</script>\" 1}"))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("malformed JSON at line 1")
				.doesNotContain("script"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					negative quantity       | "BAD"           | "Bolt"       | 1000                 | "EUR"  | -1                    | 0     | QUANTITY_OUT_OF_RANGE
					absurd quantity         | "BAD"           | "Bolt"       | 1000                 | "EUR"  | 1000000001            | 0     | QUANTITY_OUT_OF_RANGE
					quantity beyond a long  | "BAD"           | "Bolt"       | 1000                 | "EUR"  | 99999999999999999999  | 0     | QUANTITY_OUT_OF_RANGE
					fractional quantity     | "BAD"           | "Bolt"       | 1000                 | "EUR"  | 1.5                   | 0     | WRONG_TYPE
					quantity in exponent    | "BAD"           | "Bolt"       | 1000                 | "EUR"  | 1e3                   | 0     | WRONG_TYPE
					quantity as text        | "BAD"           | "Bolt"       | 1000                 | "EUR"  | "5"                   | 0     | WRONG_TYPE
					null quantity           | "BAD"           | "Bolt"       | 1000                 | "EUR"  | null                  | 0     | MISSING_FIELD
					negative applied total  | "BAD"           | "Bolt"       | 1000                 | "EUR"  | 5                     | -3    | APPLIED_OUT_OF_RANGE
					negative price          | "BAD"           | "Bolt"       | -1                   | "EUR"  | 5                     | 0     | PRICE_OUT_OF_RANGE
					absurd price            | "BAD"           | "Bolt"       | 1000000001           | "EUR"  | 5                     | 0     | PRICE_OUT_OF_RANGE
					null sku                | null            | "Bolt"       | 1000                 | "EUR"  | 5                     | 0     | MISSING_FIELD
					numeric sku             | 42              | "Bolt"       | 1000                 | "EUR"  | 5                     | 0     | WRONG_TYPE
					sku with a space        | "BAD SKU"       | "Bolt"       | 1000                 | "EUR"  | 5                     | 0     | INVALID_SKU
					sku with markup         | "<b>"           | "Bolt"       | 1000                 | "EUR"  | 5                     | 0     | INVALID_SKU
					null name               | "BAD"           | null         | 1000                 | "EUR"  | 5                     | 0     | MISSING_FIELD
					blank name              | "BAD"           | " \\u0000\\t" | 1000                | "EUR"  | 5                     | 0     | INVALID_NAME
					null currency           | "BAD"           | "Bolt"       | 1000                 | null   | 5                     | 0     | MISSING_FIELD
					unknown currency        | "BAD"           | "Bolt"       | 1000                 | "XYZ"  | 5                     | 0     | INVALID_CURRENCY
					lower case currency     | "BAD"           | "Bolt"       | 1000                 | "eur"  | 5                     | 0     | INVALID_CURRENCY
					""")
	void rejectsAnInvalidProductAndKeepsTheOthers(String description, String sku, String name, String price,
			String currency, String available, String applied, RejectionReason reason) throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE, GOOD, product(sku, name, price, currency, available, applied)));

		assertThat(snapshot.accepted()).extracting(ProductOffering::sku).containsExactly("GOOD-1");
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason).containsExactly(reason);
	}

	@Test
	void rejectsAProductMissingAField() throws Exception {
		String body = snapshot(CODE, GOOD, """
				{"sku": "BAD", "name": "Bolt", "currency": "EUR", "available": 5, "appliedTotal": 0}""");

		assertThat(read(body).rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactly(RejectionReason.MISSING_FIELD);
	}

	@Test
	void rejectsAProductThatIsNotAnObject() throws Exception {
		assertThat(read(snapshot(CODE, GOOD, "\"BOLT\"", "null")).rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactly(RejectionReason.NOT_AN_OBJECT, RejectionReason.NOT_AN_OBJECT);
	}

	@Test
	void rejectsNamesLongerThanTheCatalogStores() throws Exception {
		String name = '"' + "N".repeat(ProductRules.MAX_NAME_LENGTH + 1) + '"';

		ReadSnapshot snapshot = read(snapshot(CODE, GOOD, product("LONG", name, "1", "\"EUR\"", "1", "0")));

		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactly(RejectionReason.NAME_TOO_LONG);
	}

	@Test
	void rejectsEveryEntryOfADuplicatedSku() throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE, GOOD, product("TWICE", "\"A\"", "1", "\"EUR\"", "1", "0"),
				product("TWICE", "\"B\"", "1", "\"EUR\"", "900", "0"),
				product("TWICE", "\"C\"", "1", "\"EUR\"", "-1", "0")));

		assertThat(snapshot.accepted()).extracting(ProductOffering::sku).containsExactly("GOOD-1");
		assertThat(snapshot.rejected()).extracting(ProductRead.Rejected::reason)
			.containsExactlyInAnyOrder(RejectionReason.QUANTITY_OUT_OF_RANGE, RejectionReason.DUPLICATE_SKU,
					RejectionReason.DUPLICATE_SKU);
	}

	@Test
	void keepsMarkupInNamesAsTextAndStripsControlCharacters() throws Exception {
		ReadSnapshot snapshot = read(snapshot(CODE,
				product("XSS", "\"<script>alert(1)</script>\\u0000\\nBolt\"", "1", "\"EUR\"", "1", "0")));

		assertThat(snapshot.accepted()).extracting(ProductOffering::name)
			.containsExactly("<script>alert(1)</script> Bolt");
	}

	private ReadSnapshot read(String body) throws PullFailedException {
		return this.reader.read(CODE, body.getBytes(StandardCharsets.UTF_8));
	}

	private static String snapshot(String code, String... products) {
		return """
				{"schemaVersion": 1, "manufacturerCode": "%s", "manufacturerName": "Acme",
				 "location": {"latitude": 1.0, "longitude": 2.0}, "takenAt": "2026-01-01T00:00:00Z",
				 "products": [%s]}""".formatted(code, List.of(products).stream().collect(Collectors.joining(", ")));
	}

	private static String product(String sku, String name, String price, String currency, String available,
			String applied) {
		String skuJson = (sku.startsWith("\"") || sku.equals("null") || Character.isDigit(sku.charAt(0))) ? sku
				: '"' + sku + '"';
		return """
				{"sku": %s, "name": %s, "unitPriceCents": %s, "currency": %s, "available": %s, "appliedTotal": %s}"""
			.formatted(skuJson, name, price, currency, available, applied);
	}

}
