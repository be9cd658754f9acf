package dev.centraldistribution.manufacturer.catalogue;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the product table in line with the catalogue: new skus are added with their
 * initial stock, known ones get the catalogue's name, price, rate and cap but keep their
 * stock. Products missing from the catalogue stay, with their stock.
 */
@Service
class SeedProductsFromCatalogue {

	private final CatalogueRepository products;

	SeedProductsFromCatalogue(CatalogueRepository products) {
		this.products = products;
	}

	@Transactional
	SeedingResult seed(List<CatalogueEntry> entries) {
		int added = 0;
		for (CatalogueEntry entry : entries) {
			if (!this.products.updateDescription(entry)) {
				this.products.insert(entry);
				added++;
			}
		}
		return new SeedingResult(added, entries.size() - added);
	}

	/**
	 * What one seeding did.
	 *
	 * @param added products inserted with their initial stock
	 * @param kept products that existed and kept their stock
	 */
	record SeedingResult(int added, int kept) {
	}

}
