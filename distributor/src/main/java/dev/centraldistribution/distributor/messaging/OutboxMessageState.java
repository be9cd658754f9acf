package dev.centraldistribution.distributor.messaging;

import java.time.Instant;

/**
 * Where one message of the outbox stands, for the operator.
 *
 * @param messageId the message's id
 * @param type its type
 * @param writtenAt when it was written, in the transaction that caused it
 * @param attempts publishing attempts that failed (no positive confirm)
 * @param lastError why the last of them failed, {@code null} if none did
 * @param sentAt when the broker confirmed it (publisher confirm, no return); {@code null}
 * while it waits
 * @param heldSince since when it waits for its unlisted manufacturer, {@code null} when
 * it does not
 * @param deadSince since when it is a dead letter (its courier gave up after the
 * configured attempts), {@code null} when it is not
 */
public record OutboxMessageState(String messageId, String type, Instant writtenAt, int attempts, String lastError,
		Instant sentAt, Instant heldSince, Instant deadSince) {

	/**
	 * In a word.
	 * @return its stage
	 */
	public Stage stage() {
		if (this.sentAt != null) {
			return Stage.CONFIRMED_BY_BROKER;
		}
		if (this.deadSince != null) {
			return Stage.DEAD;
		}
		if (this.heldSince != null) {
			return Stage.HELD;
		}
		return (this.attempts > 0) ? Stage.RETRYING : Stage.QUEUED;
	}

	/** The stages of a message on its way to the broker. */
	public enum Stage {

		/** Written, not published yet. */
		QUEUED,

		/**
		 * Published without a positive confirm at least once; tried again with backoff.
		 */
		RETRYING,

		/** Waiting until its manufacturer is listed again. */
		HELD,

		/**
		 * The broker confirmed it: it is in the manufacturer's queue (or was taken from
		 * it).
		 */
		CONFIRMED_BY_BROKER,

		/**
		 * Given up after the configured attempts: kept, not tried again until the
		 * operator sends it again ({@link Outbox#sendDeadLetterAgain}).
		 */
		DEAD

	}

}
