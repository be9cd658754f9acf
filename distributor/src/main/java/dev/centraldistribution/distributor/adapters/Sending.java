package dev.centraldistribution.distributor.adapters;

import java.time.Duration;

/**
 * A parcel on its way: its verdict is awaited after the whole batch was handed over, so
 * that an adapter whose transport confirms asynchronously (the broker's publisher
 * confirms) confirms a batch in one round trip.
 */
public interface Sending {

	/**
	 * Waits for the verdict.
	 * @param timeout how long to wait at most
	 * @return {@code null} when the manufacturer (or the broker that keeps its queue)
	 * took the parcel and any answer it gave was applied; otherwise why it must be tried
	 * again
	 */
	String awaitFailure(Duration timeout);

	/**
	 * A parcel that could not even be handed over.
	 * @param failure why
	 * @return a sending that fails at once
	 */
	static Sending failed(String failure) {
		return (timeout) -> failure;
	}

}
