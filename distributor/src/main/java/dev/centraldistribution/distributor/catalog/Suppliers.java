package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;

import org.springframework.stereotype.Component;

/**
 * The manufacturers behind the offerings, as the manufacturers module knows them: the
 * catalog owns the offerings, not the manufacturers, and asks for their names and health
 * rather than reading their table.
 */
@Component
class Suppliers {

	private final ManufacturerDirectory directory;

	Suppliers(ManufacturerDirectory directory) {
		this.directory = directory;
	}

	/** Every manufacturer as of now. */
	Snapshot now() {
		Map<String, ManufacturerHealth> health = new HashMap<>();
		this.directory.health().forEach((manufacturer) -> health.put(manufacturer.code(), manufacturer));
		Map<Long, Supplier> byId = new HashMap<>();
		for (Manufacturer manufacturer : this.directory.all()) {
			ManufacturerHealth status = health.get(manufacturer.code());
			byId.put(manufacturer.id(), new Supplier(manufacturer.code(), manufacturer.name(),
					(status != null) ? status.staleSince() : null));
		}
		return new Snapshot(byId);
	}

	/** The manufacturers by id at one moment. */
	record Snapshot(Map<Long, Supplier> byId) {

		OfferingView view(StoredOffering offering) {
			Supplier supplier = this.byId.get(offering.manufacturerId());
			if (supplier == null) {
				throw new IllegalStateException("Offering " + offering.id() + " has no manufacturer");
			}
			return new OfferingView(offering.id(), offering.sku(), offering.productName(), supplier.code(),
					supplier.name(), offering.unitPriceCents(), offering.currency(), offering.available(),
					supplier.staleSince());
		}

	}

	record Supplier(String code, String name, Instant staleSince) {
	}

}
