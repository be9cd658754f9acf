package dev.centraldistribution.distributor.catalog;

import java.util.List;

/**
 * One product with what its manufacturers' catalogues say of it and every offering of it,
 * sold out or not, for its own page.
 *
 * @param sku the product code
 * @param productName the product's display name
 * @param description what it is, as plain text (shown escaped), {@code null} when no
 * manufacturer describes it
 * @param category what kind of product it is, {@code null} when no manufacturer names one
 * @param offerings every offering of it that is not retired, cheapest first
 */
public record ProductDetails(String sku, String productName, String description, String category,
		List<OfferingView> offerings) {

	public ProductDetails {
		offerings = List.copyOf(offerings);
	}

	/** Units any manufacturer can sell now. */
	public long buyable() {
		return this.offerings.stream().mapToLong(OfferingView::buyable).sum();
	}

	/** Whether nothing is left: every offering is sold out. */
	public boolean isSoldOut() {
		return this.offerings.stream().allMatch(OfferingView::isSoldOut);
	}

}
