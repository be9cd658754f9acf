package dev.centraldistribution.manufacturer.messaging;

/**
 * A message that will never be processed however often it is delivered: not a known type,
 * not the contract's JSON, or not addressed to this manufacturer.
 */
class UnreadableMessageException extends Exception {

	UnreadableMessageException(String reason) {
		super(reason);
	}

}
