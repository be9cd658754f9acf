package dev.centraldistribution.distributor.catalog;

import java.util.List;

/**
 * A product with every manufacturer's offering of it, cheapest first.
 *
 * @param sku the product code
 * @param productName the product's display name
 * @param offerings the offerings that are not sold out, cheapest first
 */
public record ProductListing(String sku, String productName, List<OfferingView> offerings) {

	public ProductListing {
		offerings = List.copyOf(offerings);
	}

	public long totalAvailable() {
		return this.offerings.stream().mapToLong(OfferingView::available).sum();
	}

}
