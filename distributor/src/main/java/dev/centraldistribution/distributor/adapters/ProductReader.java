package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.contracts.ProductOffering;
import java.util.Arrays;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads one product entry of a snapshot into a {@link ProductOffering}, or says why it
 * cannot be trusted. Every field is required, a missing quantity is not zero and a
 * missing price is not free, but for the description and the category, which came later
 * (a manufacturer that sends neither is read as before). Those two follow the name's
 * rules: a string, control characters cleaned, markup kept as text (the web layer escapes
 * it), too long rejects the product; empty once cleaned is none.
 */
final class ProductReader {

	private ProductReader() {
	}

	/**
	 * The fields of an entry this reader looks at, in the order their shape is checked.
	 */
	private static final String[] FIELDS = { "sku", "name", "currency", "unitPriceCents", "available", "appliedTotal",
			"description", "category" };

	private static final int SKU = 0;

	private static final int NAME = 1;

	private static final int CURRENCY = 2;

	private static final int FIRST_NUMBER = 3;

	private static final int DESCRIPTION = 6;

	private static final int CATEGORY = 7;

	/** What a field held, as far as the rules care. */
	private enum Kind {

		ABSENT, NULL, STRING, INTEGER, BIG_INTEGER, OTHER

	}

	/**
	 * Reads the entry the parser is at (its first token is current) and leaves the parser
	 * on its last token: the snapshot is read as a stream, never as a whole tree.
	 * @param parser a parser on an entry of the products array
	 * @return the product, or why it is rejected
	 */
	static ProductRead read(JsonParser parser) {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			parser.skipChildren();
			return new ProductRead.Rejected(null, RejectionReason.NOT_AN_OBJECT);
		}
		Kind[] kinds = new Kind[FIELDS.length];
		Arrays.fill(kinds, Kind.ABSENT);
		String[] texts = new String[FIELDS.length];
		long[] numbers = new long[FIELDS.length];
		String name;
		while ((name = parser.nextName()) != null) {
			int field = fieldIndex(name);
			JsonToken token = parser.nextToken();
			if (field < 0) {
				parser.skipChildren();
				continue;
			}
			switch (token) {
				case VALUE_STRING -> {
					kinds[field] = Kind.STRING;
					texts[field] = parser.getString();
				}
				case VALUE_NULL -> kinds[field] = Kind.NULL;
				case VALUE_NUMBER_INT -> {
					if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
						kinds[field] = Kind.BIG_INTEGER;
					}
					else {
						kinds[field] = Kind.INTEGER;
						numbers[field] = parser.getLongValue();
					}
				}
				default -> {
					parser.skipChildren();
					kinds[field] = Kind.OTHER;
				}
			}
		}
		return read(kinds, texts, numbers);
	}

	/**
	 * Reads an entry given as a tree: the same rules as {@link #read(JsonParser)}.
	 * @param entry the entry, {@code null} when there is none
	 * @return the product, or why it is rejected
	 */
	static ProductRead read(JsonNode entry) {
		if (entry == null || !entry.isObject()) {
			return new ProductRead.Rejected(null, RejectionReason.NOT_AN_OBJECT);
		}
		Kind[] kinds = new Kind[FIELDS.length];
		String[] texts = new String[FIELDS.length];
		long[] numbers = new long[FIELDS.length];
		for (int field = 0; field < FIELDS.length; field++) {
			JsonNode value = entry.get(FIELDS[field]);
			if (value == null) {
				kinds[field] = Kind.ABSENT;
			}
			else if (value.isNull()) {
				kinds[field] = Kind.NULL;
			}
			else if (value.isString()) {
				kinds[field] = Kind.STRING;
				texts[field] = value.stringValue();
			}
			else if (value.isIntegralNumber()) {
				kinds[field] = value.canConvertToLong() ? Kind.INTEGER : Kind.BIG_INTEGER;
				numbers[field] = value.canConvertToLong() ? value.longValue() : 0;
			}
			else {
				kinds[field] = Kind.OTHER;
			}
		}
		return read(kinds, texts, numbers);
	}

	private static int fieldIndex(String name) {
		for (int field = 0; field < FIELDS.length; field++) {
			if (FIELDS[field].equals(name)) {
				return field;
			}
		}
		return -1;
	}

	private static ProductRead read(Kind[] kinds, String[] texts, long[] numbers) {
		String skuHint = (kinds[SKU] == Kind.STRING) ? texts[SKU] : null;
		RejectionReason shape = shapeProblem(kinds);
		if (shape == null) {
			shape = optionalTextProblem(kinds);
		}
		if (shape != null) {
			return new ProductRead.Rejected(skuHint, shape);
		}
		return checked(texts[SKU], texts[NAME], texts[CURRENCY], numbers[FIRST_NUMBER], numbers[FIRST_NUMBER + 1],
				numbers[FIRST_NUMBER + 2], optionalText(kinds, texts, DESCRIPTION),
				optionalText(kinds, texts, CATEGORY));
	}

	/**
	 * Checks the values of a product as read, whatever the wire said: every adapter's
	 * products pass the same rules.
	 * @param sku the sku as sent
	 * @param name the name as sent, cleaned here
	 * @param description the description cleaned like a name, {@code null} for none
	 * @param category the category cleaned like a name, {@code null} for none
	 * @return the product, or why it is rejected
	 */
	static ProductRead checked(String sku, String name, String currency, long price, long available, long applied,
			String description, String category) {
		String clean = ProductRules.cleanName(name);
		RejectionReason problem = valueProblem(sku, clean, currency, price, available, applied);
		if (problem == null) {
			problem = lengthProblem(description, category);
		}
		if (problem != null) {
			return new ProductRead.Rejected(sku, problem);
		}
		return new ProductRead.Accepted(
				new ProductOffering(sku, clean, price, currency, available, applied, description, category));
	}

	private static RejectionReason optionalTextProblem(Kind[] kinds) {
		for (int field : new int[] { DESCRIPTION, CATEGORY }) {
			if (kinds[field] != Kind.ABSENT && kinds[field] != Kind.NULL && kinds[field] != Kind.STRING) {
				return RejectionReason.WRONG_TYPE;
			}
		}
		return null;
	}

	private static RejectionReason lengthProblem(String description, String category) {
		if (description != null && description.length() > ProductRules.MAX_DESCRIPTION_LENGTH) {
			return RejectionReason.DESCRIPTION_TOO_LONG;
		}
		if (category != null && category.length() > ProductRules.MAX_CATEGORY_LENGTH) {
			return RejectionReason.CATEGORY_TOO_LONG;
		}
		return null;
	}

	/** The field cleaned like a name; {@code null} when absent, null or empty. */
	private static String optionalText(Kind[] kinds, String[] texts, int field) {
		if (kinds[field] != Kind.STRING) {
			return null;
		}
		String clean = ProductRules.cleanName(texts[field]);
		return clean.isEmpty() ? null : clean;
	}

	private static RejectionReason shapeProblem(Kind[] kinds) {
		for (int field = SKU; field <= CURRENCY; field++) {
			if (kinds[field] == Kind.ABSENT || kinds[field] == Kind.NULL) {
				return RejectionReason.MISSING_FIELD;
			}
			if (kinds[field] != Kind.STRING) {
				return RejectionReason.WRONG_TYPE;
			}
		}
		for (int field = FIRST_NUMBER; field < FIRST_NUMBER + 3; field++) {
			if (kinds[field] == Kind.ABSENT || kinds[field] == Kind.NULL) {
				return RejectionReason.MISSING_FIELD;
			}
			if (kinds[field] == Kind.BIG_INTEGER) {
				return switch (field - FIRST_NUMBER) {
					case 0 -> RejectionReason.PRICE_OUT_OF_RANGE;
					case 1 -> RejectionReason.QUANTITY_OUT_OF_RANGE;
					default -> RejectionReason.APPLIED_OUT_OF_RANGE;
				};
			}
			if (kinds[field] != Kind.INTEGER) {
				return RejectionReason.WRONG_TYPE;
			}
		}
		return null;
	}

	private static RejectionReason valueProblem(String sku, String name, String currency, long price, long available,
			long applied) {
		if (!ProductRules.isSku(sku)) {
			return RejectionReason.INVALID_SKU;
		}
		if (name.isEmpty()) {
			return RejectionReason.INVALID_NAME;
		}
		if (name.length() > ProductRules.MAX_NAME_LENGTH) {
			return RejectionReason.NAME_TOO_LONG;
		}
		if (!ProductRules.isCurrency(currency)) {
			return RejectionReason.INVALID_CURRENCY;
		}
		if (price < 0 || price > ProductRules.MAX_UNIT_PRICE_CENTS) {
			return RejectionReason.PRICE_OUT_OF_RANGE;
		}
		if (available < 0 || available > ProductRules.MAX_QUANTITY) {
			return RejectionReason.QUANTITY_OUT_OF_RANGE;
		}
		if (applied < 0 || applied > ProductRules.MAX_APPLIED_TOTAL) {
			return RejectionReason.APPLIED_OUT_OF_RANGE;
		}
		return null;
	}

}
