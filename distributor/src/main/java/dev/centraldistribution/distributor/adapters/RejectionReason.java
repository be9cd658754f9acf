package dev.centraldistribution.distributor.adapters;

/**
 * Why one product of a snapshot was rejected; the tag of the rejected-products metric.
 */
public enum RejectionReason {

	/** The entry is not a JSON object. */
	NOT_AN_OBJECT("not-an-object"),
	/** A field is missing or null. */
	MISSING_FIELD("missing-field"),
	/** A field has the wrong JSON type, for example a quantity with a fraction. */
	WRONG_TYPE("wrong-type"),
	/** The sku is not a plain code ({@link ProductRules#isSku(String)}). */
	INVALID_SKU("invalid-sku"),
	/** The name is empty once control characters are stripped. */
	INVALID_NAME("invalid-name"),
	/** The name is longer than {@link ProductRules#MAX_NAME_LENGTH}. */
	NAME_TOO_LONG("name-too-long"),
	/** The description is longer than {@link ProductRules#MAX_DESCRIPTION_LENGTH}. */
	DESCRIPTION_TOO_LONG("description-too-long"),
	/** The category is longer than {@link ProductRules#MAX_CATEGORY_LENGTH}. */
	CATEGORY_TOO_LONG("category-too-long"),
	/** Not an ISO 4217 currency code. */
	INVALID_CURRENCY("invalid-currency"),
	/** Quantity below zero or above {@link ProductRules#MAX_QUANTITY}. */
	QUANTITY_OUT_OF_RANGE("quantity-out-of-range"),
	/** Applied total below zero or above {@link ProductRules#MAX_APPLIED_TOTAL}. */
	APPLIED_OUT_OF_RANGE("applied-out-of-range"),
	/** Price below zero or above {@link ProductRules#MAX_UNIT_PRICE_CENTS}. */
	PRICE_OUT_OF_RANGE("price-out-of-range"),
	/** Several entries share the sku: none of them is trusted. */
	DUPLICATE_SKU("duplicate-sku");

	private final String tag;

	RejectionReason(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}
