package dev.centraldistribution.manufacturer.offerings;

import dev.centraldistribution.contracts.OfferingsSnapshot;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the offerings snapshot the distributor pulls.
 */
@RestController
class OfferingsController {

	private final TakeOfferingsSnapshot takeSnapshot;

	private final OfferingsMetrics metrics;

	OfferingsController(TakeOfferingsSnapshot takeSnapshot, OfferingsMetrics metrics) {
		this.takeSnapshot = takeSnapshot;
		this.metrics = metrics;
	}

	@GetMapping(OfferingsSnapshot.PATH)
	OfferingsSnapshot offerings() {
		OfferingsSnapshot snapshot = this.takeSnapshot.take();
		this.metrics.served();
		return snapshot;
	}

}
