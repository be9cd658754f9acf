package dev.centraldistribution.distributor.manufacturers;

/**
 * A presence message is refused; thrown inside the transaction that would have applied
 * it, so that nothing of it is written.
 */
class RejectedPresenceException extends RuntimeException {

	private final PresenceRejection reason;

	/**
	 * @param detail what was wrong, safe to log: no text of the message itself unless
	 * cleaned by {@link LogSafe}
	 */
	RejectedPresenceException(PresenceRejection reason, String detail) {
		// An expected outcome of hostile input, not a bug: no stack trace.
		super(detail, null, false, false);
		this.reason = reason;
	}

	PresenceRejection reason() {
		return this.reason;
	}

}
