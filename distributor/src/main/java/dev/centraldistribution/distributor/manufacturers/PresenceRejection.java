package dev.centraldistribution.distributor.manufacturers;

/**
 * Why a presence message was refused: the {@code reason} tag of
 * {@code distributor.presence.rejected}.
 */
enum PresenceRejection {

	/** Larger than {@code distributor.presence.max-message-size}: dead-lettered. */
	OVERSIZED("oversized", true),

	/** Not a presence message one can read (JSON, fields, routing key): dead-lettered. */
	UNREADABLE("unreadable", true),

	/** This instance has no {@code distributor.presence.secret} to check signatures. */
	NO_SECRET("no-secret", false),

	/** No signature header. */
	MISSING_SIGNATURE("missing-signature", false),

	/** A signature that is not the body's under the shared secret. */
	BAD_SIGNATURE("bad-signature", false),

	/** A schema or contract version this distributor does not know. */
	UNKNOWN_VERSION("unknown-version", false),

	/** Sent too long ago, or in the future, by more than {@code max-clock-skew}. */
	OUT_OF_TIME("out-of-time", false),

	/** Not newer than the last message accepted from that manufacturer. */
	REPLAYED("replayed", false),

	/** A name, location, category, capacity or interval that is not acceptable. */
	INVALID("invalid", false),

	/** A base URL that is not an absolute http(s) URL. */
	BAD_BASE_URL("bad-base-url", false),

	/** A base URL that points at the distributor itself. */
	SELF_BASE_URL("self-base-url", false),

	/** The code belongs to a manufacturer at another base URL that has not left. */
	CODE_TAKEN("code-taken", false),

	/** More hellos from one code than {@code max-hellos-per-minute}. */
	RATE_LIMITED("rate-limited", false),

	/** A heartbeat or bye from a code that never said hello. */
	UNKNOWN_MANUFACTURER("unknown-manufacturer", false);

	private final String tag;

	private final boolean deadLettered;

	PresenceRejection(String tag, boolean deadLettered) {
		this.tag = tag;
		this.deadLettered = deadLettered;
	}

	String tag() {
		return this.tag;
	}

	/** Whether the message goes to the dead-letter queue rather than being dropped. */
	boolean isDeadLettered() {
		return this.deadLettered;
	}

}
