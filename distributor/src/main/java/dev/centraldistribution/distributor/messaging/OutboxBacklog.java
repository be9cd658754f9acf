package dev.centraldistribution.distributor.messaging;

import java.time.Duration;
import java.time.Instant;

/**
 * The messages the outbox has not sent yet, held ones left out.
 *
 * @param messages how many
 * @param oldestWrittenAt when the oldest was written, {@code null} when there is none
 */
public record OutboxBacklog(long messages, Instant oldestWrittenAt) {

	/**
	 * How long the oldest has waited.
	 * @param now the present moment
	 * @return its age, zero when there is none
	 */
	public Duration oldestAge(Instant now) {
		return (this.oldestWrittenAt != null) ? Duration.between(this.oldestWrittenAt, now) : Duration.ZERO;
	}

}
