package dev.centraldistribution.distributor.operators;

import java.io.Serial;

/**
 * Thrown at start-up when the configured operator account cannot be made: a weak
 * password, or the address of a customer. Reported as a short start-up failure
 * ({@link OperatorAccountFailureAnalyzer}), not a stack trace.
 */
class OperatorAccountRefusedException extends IllegalStateException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String action;

	OperatorAccountRefusedException(String message, String action) {
		super(message);
		this.action = action;
	}

	/** What the person starting the application should do about it. */
	String action() {
		return this.action;
	}

}
