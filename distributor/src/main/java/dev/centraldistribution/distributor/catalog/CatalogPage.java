package dev.centraldistribution.distributor.catalog;

import java.util.List;

/**
 * One page of products.
 *
 * @param products the products on this page
 * @param query the query that produced it
 * @param totalProducts products matching the query over all pages
 */
public record CatalogPage(List<ProductListing> products, CatalogQuery query, long totalProducts) {

	public CatalogPage {
		products = List.copyOf(products);
	}

	public int totalPages() {
		return (int) ((this.totalProducts + this.query.size() - 1) / this.query.size());
	}

	public boolean hasPrevious() {
		return this.query.page() > 0;
	}

	public boolean hasNext() {
		return this.query.page() + 1 < totalPages();
	}

	public boolean isEmpty() {
		return this.products.isEmpty();
	}

}
