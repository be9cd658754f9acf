package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.contracts.ProductOffering;
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

	static ProductRead read(JsonNode entry) {
		if (entry == null || !entry.isObject()) {
			return new ProductRead.Rejected(null, RejectionReason.NOT_AN_OBJECT);
		}
		JsonNode skuNode = entry.get("sku");
		String skuHint = (skuNode != null && skuNode.isString()) ? skuNode.stringValue() : null;
		RejectionReason shape = shapeProblem(entry);
		if (shape != null) {
			return new ProductRead.Rejected(skuHint, shape);
		}
		RejectionReason optional = optionalTextProblem(entry);
		if (optional != null) {
			return new ProductRead.Rejected(skuHint, optional);
		}
		return checked(skuNode.stringValue(), entry.get("name").stringValue(), entry.get("currency").stringValue(),
				entry.get("unitPriceCents").longValue(), entry.get("available").longValue(),
				entry.get("appliedTotal").longValue(), optionalText(entry, "description"),
				optionalText(entry, "category"));
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

	private static RejectionReason optionalTextProblem(JsonNode entry) {
		for (String field : new String[] { "description", "category" }) {
			JsonNode value = entry.get(field);
			if (value != null && !value.isNull() && !value.isString()) {
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
	private static String optionalText(JsonNode entry, String field) {
		JsonNode value = entry.get(field);
		if (value == null || !value.isString()) {
			return null;
		}
		String clean = ProductRules.cleanName(value.stringValue());
		return clean.isEmpty() ? null : clean;
	}

	private static RejectionReason shapeProblem(JsonNode entry) {
		for (String field : new String[] { "sku", "name", "currency" }) {
			JsonNode value = entry.get(field);
			if (value == null || value.isNull()) {
				return RejectionReason.MISSING_FIELD;
			}
			if (!value.isString()) {
				return RejectionReason.WRONG_TYPE;
			}
		}
		for (String field : new String[] { "unitPriceCents", "available", "appliedTotal" }) {
			JsonNode value = entry.get(field);
			if (value == null || value.isNull()) {
				return RejectionReason.MISSING_FIELD;
			}
			if (!value.isIntegralNumber()) {
				return RejectionReason.WRONG_TYPE;
			}
			if (!value.canConvertToLong()) {
				return switch (field) {
					case "unitPriceCents" -> RejectionReason.PRICE_OUT_OF_RANGE;
					case "available" -> RejectionReason.QUANTITY_OUT_OF_RANGE;
					default -> RejectionReason.APPLIED_OUT_OF_RANGE;
				};
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
