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

	OfferingsController(TakeOfferingsSnapshot takeSnapshot) {
		this.takeSnapshot = takeSnapshot;
	}

	@GetMapping(OfferingsSnapshot.PATH)
	OfferingsSnapshot offerings() {
		return this.takeSnapshot.take();
	}

}
