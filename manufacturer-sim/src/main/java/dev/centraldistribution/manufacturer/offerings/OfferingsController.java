package dev.centraldistribution.manufacturer.offerings;

import dev.centraldistribution.contracts.OfferingsSnapshot;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the offerings snapshot the distributor pulls, with an entity tag
 * ({@link SnapshotTag}).
 */
@RestController
@ConditionalOnProperty(name = "manufacturer.api", havingValue = "native", matchIfMissing = true)
class OfferingsController {

	private final TakeOfferingsSnapshot takeSnapshot;

	private final OfferingsMetrics metrics;

	OfferingsController(TakeOfferingsSnapshot takeSnapshot, OfferingsMetrics metrics) {
		this.takeSnapshot = takeSnapshot;
		this.metrics = metrics;
	}

	/**
	 * The snapshot, or {@code 304 Not Modified} when the distributor names the current
	 * one's tag in {@code If-None-Match}: an unchanged manufacturer costs one small
	 * answer.
	 */
	@GetMapping(OfferingsSnapshot.PATH)
	ResponseEntity<OfferingsSnapshot> offerings(
			@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		OfferingsSnapshot snapshot = this.takeSnapshot.take();
		String tag = SnapshotTag.of(snapshot);
		if (SnapshotTag.matches(ifNoneMatch, tag)) {
			this.metrics.notModified();
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
		}
		this.metrics.served();
		return ResponseEntity.ok().eTag(tag).body(snapshot);
	}

}
