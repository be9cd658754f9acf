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

}
