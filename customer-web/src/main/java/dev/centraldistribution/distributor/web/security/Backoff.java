package dev.centraldistribution.distributor.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Growing waits after failures: {@code free} failures cost nothing, the next one a wait
 * of {@code first}, each further one twice the wait before, never more than {@code max}.
 *
 * @param free failures without a wait
 * @param first the first wait
 * @param max the longest wait
 */
record Backoff(int free, Duration first, Duration max) {

	/**
	 * Until when the next attempt is refused.
	 * @param failures failures counted so far
	 * @param lastFailure when the latest one happened
	 * @return the end of the wait, empty when there is none
	 */
	Optional<Instant> refusedUntil(int failures, Instant lastFailure) {
		if (failures <= this.free) {
			return Optional.empty();
		}
		int doublings = Math.min(failures - this.free - 1, 30);
		Duration wait = this.first.multipliedBy(1L << doublings);
		return Optional.of(lastFailure.plus((wait.compareTo(this.max) > 0) ? this.max : wait));
	}

}
