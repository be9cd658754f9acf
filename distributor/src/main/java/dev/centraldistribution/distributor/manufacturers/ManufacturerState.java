package dev.centraldistribution.distributor.manufacturers;

/**
 * Where the failure detector places a manufacturer, from its heartbeats and its pulls.
 * Only an {@link #ALIVE} manufacturer's goods may be sold.
 */
public enum ManufacturerState {

	/**
	 * Registered, and no sign of life yet: no successful pull since it was registered.
	 */
	UNKNOWN,

	/** Its last pull succeeded, and it beats when it announced that it would. */
	ALIVE,

	/** A pull failed, or its heartbeats stopped: it may be gone. */
	SUSPECT,

	/** Suspect for {@code distributor.presence.down-after} without coming back. */
	DOWN,

	/** It said {@code bye}. */
	LEFT,

	/**
	 * Removed from the configuration without ever having announced itself: not pulled,
	 * not sold, and the messages for it wait for the operator. Configuring it again, or
	 * its hello, makes it {@link #UNKNOWN}; no heartbeat, pull or bye changes it.
	 */
	UNLISTED;

	/**
	 * Whether its goods may be sold.
	 * @return {@code true} for {@link #ALIVE} only
	 */
	public boolean isSellable() {
		return this == ALIVE;
	}

}
