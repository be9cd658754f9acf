package dev.centraldistribution.manufacturer.status;

import dev.centraldistribution.manufacturer.ManufacturerProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the manufacturer's status.
 */
@Service
class ReadManufacturerStatus {

	private final ManufacturerProperties manufacturer;

	private final StatusRepository status;

	ReadManufacturerStatus(ManufacturerProperties manufacturer, StatusRepository status) {
		this.manufacturer = manufacturer;
		this.status = status;
	}

	@Transactional(readOnly = true)
	ManufacturerStatus read() {
		var lines = this.status.countLines();
		return new ManufacturerStatus(this.manufacturer.code(), this.manufacturer.name(),
				this.manufacturer.geoLocation(), this.status.countConfirmationsApplied(), lines.accepted(),
				lines.rejected(), this.status.findLastCycleSummary().orElse(null), this.status.findProducts());
	}

}
