package dev.centraldistribution.manufacturer.messaging;

/**
 * The broker did not take responsibility for a published message: not sent, not confirmed
 * in time, negatively confirmed, or returned as unroutable.
 */
public class PublicationFailedException extends RuntimeException {

	PublicationFailedException(String message) {
		super(message);
	}

	PublicationFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
