package dev.centraldistribution.distributor.adapters;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Product entries a manufacturer should never send, each with the reasons they are
 * rejected for. None of them uses the sku of {@link #GOOD}, the valid entry sent beside
 * them.
 */
public final class HostileProducts {

	/** A valid entry: 5 units of GOOD-1 at 10.00 EUR. */
	public static final String GOOD = entry("\"GOOD-1\"", "\"Bolt\"", "1000", "\"EUR\"", "5", "0");

	private HostileProducts() {
	}

	/**
	 * Arguments: a named JSON fragment of one or more product entries, and the list of
	 * {@link RejectionReason}s expected for them.
	 * @return the cases
	 */
	public static Stream<Arguments> cases() {
		return Stream.of(
				hostile("negative quantity", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "-1", "0"),
						RejectionReason.QUANTITY_OUT_OF_RANGE),
				hostile("absurd quantity", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "1000000001", "0"),
						RejectionReason.QUANTITY_OUT_OF_RANGE),
				hostile("quantity beyond a long",
						entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "99999999999999999999", "0"),
						RejectionReason.QUANTITY_OUT_OF_RANGE),
				hostile("fractional quantity", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "1.5", "0"),
						RejectionReason.WRONG_TYPE),
				hostile("quantity with an exponent", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "1e3", "0"),
						RejectionReason.WRONG_TYPE),
				hostile("quantity as text", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "\"5\"", "0"),
						RejectionReason.WRONG_TYPE),
				hostile("null quantity", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "null", "0"),
						RejectionReason.MISSING_FIELD),
				hostile("negative applied total", entry("\"BAD\"", "\"Bolt\"", "1000", "\"EUR\"", "5", "-3"),
						RejectionReason.APPLIED_OUT_OF_RANGE),
				hostile("negative price", entry("\"BAD\"", "\"Bolt\"", "-1", "\"EUR\"", "5", "0"),
						RejectionReason.PRICE_OUT_OF_RANGE),
				hostile("absurd price", entry("\"BAD\"", "\"Bolt\"", "1000000001", "\"EUR\"", "5", "0"),
						RejectionReason.PRICE_OUT_OF_RANGE),
				hostile("null sku", entry("null", "\"Bolt\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.MISSING_FIELD),
				hostile("numeric sku", entry("42", "\"Bolt\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.WRONG_TYPE),
				hostile("sku with a space", entry("\"BAD SKU\"", "\"Bolt\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.INVALID_SKU),
				hostile("sku with markup", entry("\"<b>\"", "\"Bolt\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.INVALID_SKU),
				hostile("sku with a control character",
						entry("\"BAD\\u0000\"", "\"Bolt\"", "1000", "\"EUR\"", "5", "0"), RejectionReason.INVALID_SKU),
				hostile("too long sku", entry('"' + "S".repeat(65) + '"', "\"Bolt\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.INVALID_SKU),
				hostile("null name", entry("\"BAD\"", "null", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.MISSING_FIELD),
				hostile("name of control characters only",
						entry("\"BAD\"", "\" \\u0000\\t\\u202e\"", "1000", "\"EUR\"", "5", "0"),
						RejectionReason.INVALID_NAME),
				hostile("too long name",
						entry("\"BAD\"", '"' + "N".repeat(ProductRules.MAX_NAME_LENGTH + 1) + '"', "1000", "\"EUR\"",
								"5", "0"),
						RejectionReason.NAME_TOO_LONG),
				hostile("too long description",
						described('"' + "D".repeat(ProductRules.MAX_DESCRIPTION_LENGTH + 1) + '"', "\"garden\""),
						RejectionReason.DESCRIPTION_TOO_LONG),
				hostile("numeric description", described("42", "\"garden\""), RejectionReason.WRONG_TYPE),
				hostile("description as an object", described("{\"html\": \"<b>\"}", "null"),
						RejectionReason.WRONG_TYPE),
				hostile("too long category",
						described("null", '"' + "C".repeat(ProductRules.MAX_CATEGORY_LENGTH + 1) + '"'),
						RejectionReason.CATEGORY_TOO_LONG),
				hostile("category as an array", described("\"fine\"", "[\"garden\"]"), RejectionReason.WRONG_TYPE),
				hostile("null currency", entry("\"BAD\"", "\"Bolt\"", "1000", "null", "5", "0"),
						RejectionReason.MISSING_FIELD),
				hostile("unknown currency", entry("\"BAD\"", "\"Bolt\"", "1000", "\"XYZ\"", "5", "0"),
						RejectionReason.INVALID_CURRENCY),
				hostile("lower case currency", entry("\"BAD\"", "\"Bolt\"", "1000", "\"eur\"", "5", "0"),
						RejectionReason.INVALID_CURRENCY),
				hostile("missing field",
						"{\"sku\": \"BAD\", \"name\": \"Bolt\", \"currency\": \"EUR\", \"available\": 5, \"appliedTotal\": 0}",
						RejectionReason.MISSING_FIELD),
				hostile("entries that are not objects", "\"BAD\", null, [1, 2]", RejectionReason.NOT_AN_OBJECT,
						RejectionReason.NOT_AN_OBJECT, RejectionReason.NOT_AN_OBJECT),
				hostile("duplicate skus",
						entry("\"TWICE\"", "\"A\"", "1", "\"EUR\"", "1", "0") + ", "
								+ entry("\"TWICE\"", "\"B\"", "1", "\"EUR\"", "900", "0") + ", "
								+ entry("\"TWICE\"", "\"C\"", "1", "\"EUR\"", "-1", "0"),
						RejectionReason.DUPLICATE_SKU, RejectionReason.DUPLICATE_SKU,
						RejectionReason.QUANTITY_OUT_OF_RANGE));
	}

	/**
	 * A snapshot body listing the entries.
	 * @param manufacturerCode who sends it
	 * @param entries JSON product entries, comma separated
	 * @return the body
	 */
	public static String snapshot(String manufacturerCode, String entries) {
		return """
				{"schemaVersion": 1, "manufacturerCode": "%s", "manufacturerName": "Acme",
				 "location": {"latitude": 1.0, "longitude": 2.0}, "takenAt": "2026-01-01T00:00:00Z",
				 "products": [%s]}""".formatted(manufacturerCode, entries);
	}

	/**
	 * One product entry from raw JSON values.
	 * @return the entry
	 */
	static String entry(String sku, String name, String price, String currency, String available, String applied) {
		return """
				{"sku": %s, "name": %s, "unitPriceCents": %s, "currency": %s, "available": %s, "appliedTotal": %s}"""
			.formatted(sku, name, price, currency, available, applied);
	}

	/**
	 * A product entry of sku BAD with a description and a category, as raw JSON values.
	 * @return the entry
	 */
	static String described(String description, String category) {
		return """
				{"sku": "BAD", "name": "Bolt", "unitPriceCents": 1000, "currency": "EUR", "available": 5,
				 "appliedTotal": 0, "description": %s, "category": %s}""".formatted(description, category);
	}

	private static Arguments hostile(String description, String entries, RejectionReason... reasons) {
		return Arguments.of(Named.of(description, entries), List.of(reasons));
	}

}
