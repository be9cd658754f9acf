package dev.centraldistribution.distributor.catalog;

/**
 * Orders in which products can be listed.
 */
public enum CatalogSort {

	/** Alphabetically by product name. */
	NAME("min(o.product_name) asc"),

	/** Cheapest offering first. */
	PRICE_ASCENDING("min(o.unit_price_cents) asc"),

	/** Most expensive cheapest-offering first. */
	PRICE_DESCENDING("min(o.unit_price_cents) desc"),

	/** Most units available first. */
	AVAILABILITY("sum(o.available) desc");

	private final String orderBy;

	CatalogSort(String orderBy) {
		this.orderBy = orderBy;
	}

	/** The SQL ordering over the grouped offerings; never built from user input. */
	String orderBy() {
		return this.orderBy;
	}

}
