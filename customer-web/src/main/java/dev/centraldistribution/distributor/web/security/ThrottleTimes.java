package dev.centraldistribution.distributor.web.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The durations a failure counter works with.
 *
 * @param window how far back failures count
 * @param lockout how long a locked subject is refused
 */
record ThrottleTimes(Duration window, Duration lockout) {

	/** When a counter touched now may be forgotten. */
	Instant expiry(Instant now) {
		return now.plus(this.window).plus(this.lockout);
	}

}
