package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.distributor.manufacturers.AdapterKind;

/**
 * The port's second verb: deliver a purchase, a cancellation or a cycle summary to a
 * manufacturer, with the outbox's guarantee (the relay retries what fails, with backoff;
 * the manufacturer applies it once by message id). An adapter whose manufacturer answers
 * in the exchange itself also hands the answer on to the confirmations before the parcel
 * counts as delivered.
 */
public interface Courier {

	/**
	 * The kind of manufacturer this courier delivers to.
	 * @return its adapter kind
	 */
	AdapterKind kind();

	/**
	 * Hands a parcel over, without waiting for its verdict.
	 * @param parcel what to deliver
	 * @return its sending, to await
	 */
	Sending send(Parcel parcel);

	/**
	 * Whether the relay gives a message up after this many failed attempts: kept in the
	 * outbox as a dead letter, counted for the operator, never tried again. Never, by
	 * default: a broker keeps trying and dead-letters on the manufacturer's side.
	 * @param attempts failed attempts so far, this one included
	 * @return {@code true} to give up
	 */
	default boolean gaveUp(int attempts) {
		return false;
	}

}
