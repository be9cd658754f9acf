package dev.centraldistribution.distributor.web.dashboard;

import dev.centraldistribution.distributor.catalog.CatalogQuery;

/**
 * The dashboard's query parameters as typed: kept as text so that nonsense (a page of
 * "abc", a size of -5) falls back to a sensible default instead of an error page.
 *
 * @param q search text
 * @param sort one of {@link DashboardSort}'s parameters
 * @param page one-based page number
 * @param size products per page
 * @param category the category to show only, blank for all
 */
record DashboardRequest(String q, String sort, String page, String size, String category) {

	static final int DEFAULT_SIZE = 20;

	CatalogQuery toQuery() {
		return new CatalogQuery(this.q, sortOrder().sort(), pageNumber() - 1, pageSize(), categoryAsked());
	}

	CatalogQuery lastPage(int totalPages) {
		return new CatalogQuery(this.q, sortOrder().sort(), Math.max(0, totalPages - 1), pageSize(), categoryAsked());
	}

	/** The category asked for, as long as a category can be; none when blank. */
	String categoryAsked() {
		if (this.category == null || this.category.isBlank() || this.category.length() > 60) {
			return null;
		}
		return this.category.strip();
	}

	DashboardSort sortOrder() {
		return DashboardSort.fromParameter(this.sort);
	}

	int pageNumber() {
		return clamp(parse(this.page, 1), 1, 1_000_000);
	}

	int pageSize() {
		return clamp(parse(this.size, DEFAULT_SIZE), 1, CatalogQuery.MAX_PAGE_SIZE);
	}

	private static int parse(String text, int fallback) {
		if (text == null || text.isBlank() || text.length() > 9) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
