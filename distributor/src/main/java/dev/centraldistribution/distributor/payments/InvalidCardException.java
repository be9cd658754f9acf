package dev.centraldistribution.distributor.payments;

import java.io.Serial;

/**
 * Thrown when what a customer typed for a card breaks a rule. The message says what to
 * fix and never repeats what was typed: a card number must not reach a log or a page.
 */
public class InvalidCardException extends RuntimeException {

	/** The field of the card number. */
	public static final String NUMBER = "number";

	/** The field of the expiry date. */
	public static final String EXPIRY = "expiry";

	/** The field of the security code. */
	public static final String SECURITY_CODE = "cvc";

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	InvalidCardException(String field, String message) {
		super(message, null, false, false);
		this.field = field;
	}

	/**
	 * Which field is wrong: {@link #NUMBER}, {@link #EXPIRY} or {@link #SECURITY_CODE}.
	 */
	public String field() {
		return this.field;
	}

}
