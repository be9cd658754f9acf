package dev.centraldistribution.distributor.catalog;

/**
 * What a customer asks to see: an optional search text, an optional category, an order
 * and a page.
 *
 * @param search words to look for in product names, {@code null} or blank for all
 * @param sort the order of products
 * @param page zero-based page number
 * @param size products per page
 * @param category the category products must have, {@code null} or blank for all
 */
public record CatalogQuery(String search, CatalogSort sort, int page, int size, String category) {

	/** The most products one page may hold. */
	public static final int MAX_PAGE_SIZE = 100;

	/** Longest search text considered; the rest is ignored. */
	public static final int MAX_SEARCH_LENGTH = 100;

	public CatalogQuery {
		if (page < 0) {
			throw new IllegalArgumentException("The page number is zero or more, not " + page);
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("The page size is from 1 to " + MAX_PAGE_SIZE + ", not " + size);
		}
		sort = (sort != null) ? sort : CatalogSort.NAME;
		search = normalise(search);
		category = normalise(category);
	}

	/**
	 * A query of every category.
	 * @param search words to look for in product names, {@code null} or blank for all
	 * @param sort the order of products
	 * @param page zero-based page number
	 * @param size products per page
	 */
	public CatalogQuery(String search, CatalogSort sort, int page, int size) {
		this(search, sort, page, size, null);
	}

	public boolean hasCategory() {
		return this.category != null;
	}

	public boolean hasSearch() {
		return this.search != null;
	}

	long offset() {
		return (long) this.page * this.size;
	}

	private static String normalise(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String trimmed = search.strip();
		return (trimmed.length() > MAX_SEARCH_LENGTH) ? trimmed.substring(0, MAX_SEARCH_LENGTH) : trimmed;
	}

}
