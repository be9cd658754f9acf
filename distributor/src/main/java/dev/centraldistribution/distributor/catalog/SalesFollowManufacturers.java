package dev.centraldistribution.distributor.catalog;

import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a manufacturer's offerings off sale when the failure detector stops believing it
 * is alive, and back on sale when it is alive again, in the transaction that stores the
 * change (a plain listener of {@link ManufacturerStateChanged}).
 */
@Component
class SalesFollowManufacturers {

	private static final Logger logger = LoggerFactory.getLogger(SalesFollowManufacturers.class);

	private final ManufacturerDirectory manufacturers;

	private final SupplierSellability sellability;

	SalesFollowManufacturers(ManufacturerDirectory manufacturers, SupplierSellability sellability) {
		this.manufacturers = manufacturers;
		this.sellability = sellability;
	}

	@EventListener
	void on(ManufacturerStateChanged change) {
		if (change.from().isSellable() == change.to().isSellable()) {
			return;
		}
		this.manufacturers.findByCode(change.code()).ifPresent((manufacturer) -> {
			int offerings = this.sellability.set(manufacturer.id(), change.to().isSellable());
			logger.info("Manufacturer {} is {}: {} of its offerings {}", change.code(), change.to(), offerings,
					change.to().isSellable() ? "back on sale" : "off sale");
		});
	}

}
