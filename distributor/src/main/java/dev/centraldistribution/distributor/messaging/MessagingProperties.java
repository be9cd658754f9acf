package dev.centraldistribution.distributor.messaging;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the distributor talks to the broker.
 *
 * @param queueType type of the queues it declares: {@code classic} on the embedded
 * broker, {@code quorum} on RabbitMQ
 * @param relay the outbox relay
 */
@Validated
@ConfigurationProperties("distributor.messaging")
public record MessagingProperties(@NotNull QueueType queueType, @Valid @NotNull Relay relay) {

	/** Queue types the distributor can declare. */
	public enum QueueType {

		CLASSIC, QUORUM

	}

	/**
	 * The outbox relay.
	 *
	 * @param pollInterval how often it looks for messages when nobody wakes it
	 * @param batchSize messages claimed at a time
	 * @param confirmTimeout how long to wait for the broker's confirm of one message
	 * @param lease how long a claim keeps other instances off a message
	 * @param maxBackoff the longest wait between two attempts of a message
	 */
	public record Relay(@NotNull Duration pollInterval, @Min(1) @Max(1000) int batchSize,
			@NotNull Duration confirmTimeout, @NotNull Duration lease, @NotNull Duration maxBackoff) {
	}

}
