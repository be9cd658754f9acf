package dev.centraldistribution.manufacturer.messaging;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import dev.centraldistribution.contracts.MessagingTopology;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the manufacturer consumes the distributor's messages
 * ({@code manufacturer.messaging.*}). Where the broker is comes from
 * {@code spring.rabbitmq.*}.
 *
 * @param enabled consume purchase confirmations and cycle summaries; when off, no queue
 * is declared and the broker is never contacted
 * @param queueType {@code classic} (the embedded broker knows no other) or {@code quorum}
 * (RabbitMQ); must match what the distributor declares
 * @param concurrency consumers of the purchases queue
 * @param maxAttempts deliveries of a message whose processing fails (database down,
 * acknowledgement not confirmed) before it is dead-lettered; counted in memory
 * @param confirmTimeout how long to wait for the broker to confirm a published message
 * @param retryBackoff pause before a failed message is handed back to the queue, doubled
 * after each further failure of the same message
 * @param maxRetryBackoff the longest such pause
 * @param recoveryInterval time between attempts to reach the broker while it is down
 */
@Validated
@ConfigurationProperties("manufacturer.messaging")
public record MessagingProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("classic") QueueType queueType, @Min(1) @Max(32) @DefaultValue("1") int concurrency,
		@Min(1) @Max(100) @DefaultValue("5") int maxAttempts, @NotNull @DefaultValue("5s") Duration confirmTimeout,
		@NotNull @DefaultValue("1s") Duration retryBackoff, @NotNull @DefaultValue("30s") Duration maxRetryBackoff,
		@NotNull @DefaultValue("5s") Duration recoveryInterval) {

	@AssertTrue(message = "confirm-timeout, retry-backoff, max-retry-backoff and recovery-interval must be positive")
	public boolean isEveryDurationPositive() {
		return positive(this.confirmTimeout) && positive(this.retryBackoff) && positive(this.maxRetryBackoff)
				&& positive(this.recoveryInterval);
	}

	@AssertTrue(message = "must not be shorter than retry-backoff")
	public boolean isMaxRetryBackoffAtLeastRetryBackoff() {
		return this.retryBackoff == null || this.maxRetryBackoff == null
				|| this.maxRetryBackoff.compareTo(this.retryBackoff) >= 0;
	}

	/**
	 * The pause before handing a message back after its {@code failures}-th failure.
	 */
	Duration backoffAfter(int failures) {
		Duration backoff = this.retryBackoff;
		for (int i = 1; i < failures && backoff.compareTo(this.maxRetryBackoff) < 0; i++) {
			backoff = backoff.multipliedBy(2);
		}
		return (backoff.compareTo(this.maxRetryBackoff) < 0) ? backoff : this.maxRetryBackoff;
	}

	/** Declaration arguments of the durable queues, shared with the distributor. */
	Map<String, Object> queueArguments() {
		return MessagingTopology.queueArguments(this.queueType.name().toLowerCase(Locale.ROOT));
	}

	private static boolean positive(Duration duration) {
		return duration != null && !duration.isNegative() && !duration.isZero();
	}

	/** Queue types the manufacturer can declare. */
	public enum QueueType {

		CLASSIC, QUORUM

	}

}
