package dev.centraldistribution.manufacturer.catalogue;

import java.util.List;

import dev.centraldistribution.manufacturer.ManufacturerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Seeds the products once the database is migrated and before the web server and the
 * production schedule start, so that nothing is served from an empty table and an invalid
 * catalogue stops the start.
 */
@Component
class CatalogueSeeding implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(CatalogueSeeding.class);

	private final ManufacturerProperties manufacturer;

	private final CatalogueReader reader;

	private final GeneratedCatalogue generated;

	private final SeedProductsFromCatalogue seeder;

	CatalogueSeeding(ManufacturerProperties manufacturer, CatalogueReader reader, GeneratedCatalogue generated,
			SeedProductsFromCatalogue seeder) {
		this.manufacturer = manufacturer;
		this.reader = reader;
		this.generated = generated;
		this.seeder = seeder;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Resource file = this.manufacturer.catalogue();
		List<CatalogueEntry> entries = (file != null) ? this.reader.read(file)
				: this.generated.forCode(this.manufacturer.code());
		var result = this.seeder.seed(entries);
		log.info("Catalogue {}: {} products, {} added, {} kept their stock",
				(file != null) ? file.getDescription() : "generated from code " + this.manufacturer.code(),
				entries.size(), result.added(), result.kept());
	}

}
