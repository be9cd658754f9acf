package dev.centraldistribution.manufacturer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import dev.centraldistribution.manufacturer.CodeSeed;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The catalogue of a manufacturer without a catalogue file, generated from its code
 * alone: two or three of the presets' product families, every product of each, so that it
 * sells skus other manufacturers sell too, at its own prices (within 15% of the
 * reference), stock, rates and caps. The same code gives the same catalogue on every
 * start.
 */
@Component
class GeneratedCatalogue {

	static final Resource FAMILIES = new ClassPathResource("catalogues/product-families.json");

	private final List<ProductFamily> families;

	GeneratedCatalogue(JsonMapper jsonMapper) {
		try (InputStream in = FAMILIES.getInputStream()) {
			this.families = List.copyOf(jsonMapper.readerForListOf(ProductFamily.class).readValue(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<CatalogueEntry> forCode(String code) {
		Random random = CodeSeed.randomFor(code);
		List<ProductFamily> shuffled = new ArrayList<>(this.families);
		Collections.shuffle(shuffled, random);
		int familyCount = 2 + random.nextInt(2);
		List<CatalogueEntry> entries = new ArrayList<>();
		for (ProductFamily family : shuffled.subList(0, familyCount)) {
			for (ProductFamily.Product product : family.products()) {
				entries.add(entry(family.category(), product, random));
			}
		}
		return List.copyOf(entries);
	}

	private static CatalogueEntry entry(String category, ProductFamily.Product product, Random random) {
		long price = product.referencePriceCents() * (85 + random.nextInt(31)) / 100;
		// Prices end in 9, as the presets' do.
		long unitPriceCents = Math.max(9, price / 10 * 10 + 9);
		long initialStock = 5 + random.nextInt(46);
		long productionRate = 1 + random.nextInt(5);
		long cap = initialStock * (2 + random.nextInt(3));
		return new CatalogueEntry(product.sku(), product.name(), unitPriceCents, "EUR", initialStock, productionRate,
				cap, category, product.description());
	}

}
