package dev.centraldistribution.distributor.adapters;

/**
 * A manufacturer's snapshot could not be fetched or could not be trusted as a whole: the
 * catalog keeps its previous offerings and the manufacturer becomes unhealthy.
 */
public class PullFailedException extends Exception {

	private final PullFailureReason reason;

	PullFailedException(PullFailureReason reason, String message) {
		super(message);
		this.reason = reason;
	}

	PullFailedException(PullFailureReason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public PullFailureReason reason() {
		return this.reason;
	}

}
