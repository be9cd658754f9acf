package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;

import org.springframework.stereotype.Component;

/**
 * The manufacturers behind the offerings, as the manufacturers module knows them: the
 * catalog owns the offerings, not the manufacturers, and asks for their names and states
 * rather than reading their table.
 */
@Component
class Suppliers {

	private final ManufacturerDirectory directory;

	Suppliers(ManufacturerDirectory directory) {
		this.directory = directory;
	}

	/** Every manufacturer as of now, in one read. */
	Snapshot now() {
		Map<Long, Supplier> byId = new HashMap<>();
		this.directory.healthById()
			.forEach((id, status) -> byId.put(id,
					new Supplier(status.code(), status.name(), status.state(), status.stateSince())));
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
					offering.onSale(), supplier.state(), supplier.stateSince(), offering.priceHeld());
		}

		/**
		 * The manufacturers whose goods are not listed at all: never alive yet, down, or
		 * gone. Suspect ones stay listed, marked, until they come back or are down.
		 */
		Set<Long> unlisted() {
			return this.byId.entrySet()
				.stream()
				.filter((entry) -> !entry.getValue().isListed())
				.map(Map.Entry::getKey)
				.collect(Collectors.toCollection(TreeSet::new));
		}

	}

	record Supplier(String code, String name, ManufacturerState state, Instant stateSince) {

		boolean isListed() {
			return this.state == ManufacturerState.ALIVE || this.state == ManufacturerState.SUSPECT;
		}

	}

}
