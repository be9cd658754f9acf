package dev.centraldistribution.manufacturer.offerings;

import java.time.Clock;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.manufacturer.ManufacturerProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the snapshot of what this manufacturer can supply now.
 */
@Service
class TakeOfferingsSnapshot {

	private final ManufacturerProperties manufacturer;

	private final OfferingsRepository offerings;

	private final Clock clock;

	TakeOfferingsSnapshot(ManufacturerProperties manufacturer, OfferingsRepository offerings, Clock clock) {
		this.manufacturer = manufacturer;
		this.offerings = offerings;
		this.clock = clock;
	}

	/**
	 * Reads {@code available} and {@code appliedTotal} of every product in one read-only
	 * transaction, so that each pair is consistent with the other (the distributor's
	 * reconciliation depends on it).
	 */
	@Transactional(readOnly = true)
	OfferingsSnapshot take() {
		var takenAt = this.clock.instant();
		return new OfferingsSnapshot(OfferingsSnapshot.SCHEMA_VERSION, this.manufacturer.code(),
				this.manufacturer.name(), this.manufacturer.geoLocation(), takenAt, this.offerings.findAll());
	}

}
