package dev.centraldistribution.distributor.web.dashboard;

import java.util.Arrays;

import dev.centraldistribution.distributor.catalog.CatalogSort;

/**
 * The orders offered on the dashboard, with the names used in links and shown to people.
 */
enum DashboardSort {

	NAME("name", "Name", CatalogSort.NAME), PRICE("price", "Lowest price", CatalogSort.PRICE_ASCENDING),
	PRICE_DESC("price-desc", "Highest price", CatalogSort.PRICE_DESCENDING),
	AVAILABLE("available", "Most available", CatalogSort.AVAILABILITY);

	private final String parameter;

	private final String label;

	private final CatalogSort sort;

	DashboardSort(String parameter, String label, CatalogSort sort) {
		this.parameter = parameter;
		this.label = label;
		this.sort = sort;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getLabel() {
		return this.label;
	}

	CatalogSort sort() {
		return this.sort;
	}

	/** The sort named by a request parameter; anything unknown sorts by name. */
	static DashboardSort fromParameter(String parameter) {
		return Arrays.stream(values()).filter((sort) -> sort.parameter.equals(parameter)).findFirst().orElse(NAME);
	}

}
