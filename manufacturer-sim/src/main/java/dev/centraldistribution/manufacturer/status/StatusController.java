package dev.centraldistribution.manufacturer.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the status as JSON on {@code GET /api/status}.
 */
@RestController
class StatusController {

	private final ReadManufacturerStatus readStatus;

	StatusController(ReadManufacturerStatus readStatus) {
		this.readStatus = readStatus;
	}

	@GetMapping("/api/status")
	ManufacturerStatus status() {
		return this.readStatus.read();
	}

}
