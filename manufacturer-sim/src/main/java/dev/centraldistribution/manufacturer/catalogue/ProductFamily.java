package dev.centraldistribution.manufacturer.catalogue;

import java.util.List;

/**
 * Products of one category that several manufacturers make, from
 * {@code catalogues/product-families.json}: the presets' products, grouped.
 *
 * @param category the category of its products
 * @param products what a manufacturer of this family makes
 */
record ProductFamily(String category, List<Product> products) {

	/**
	 * @param sku shared by every manufacturer of the product
	 * @param name display name
	 * @param referencePriceCents what the presets ask on average; a generated
	 * manufacturer asks within 15% of it
	 * @param description what it is, the same for every manufacturer of it
	 */
	record Product(String sku, String name, long referencePriceCents, String description) {
	}

}
