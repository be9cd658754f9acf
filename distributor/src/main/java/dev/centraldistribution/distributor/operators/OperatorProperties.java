package dev.centraldistribution.distributor.operators;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator account to create or update at start-up
 * ({@code DISTRIBUTOR_OPERATOR_EMAIL}, {@code DISTRIBUTOR_OPERATOR_PASSWORD}). Both or
 * neither: without them there is no operator, and no default password ever makes one.
 *
 * @param email what the operator signs in with; any {@code name@host}, such as
 * {@code operator@localhost}
 * @param password checked against the password policy at start-up, never logged
 */
@ConfigurationProperties("distributor.operator")
public record OperatorProperties(String email, String password) {

	/** The longest e-mail address kept, as for customers. */
	static final int MAX_EMAIL_LENGTH = 254;

	public OperatorProperties {
		email = (email != null && !email.isBlank()) ? email.strip() : null;
		password = (password != null && !password.isEmpty()) ? password : null;
		if ((email == null) != (password == null)) {
			throw new IllegalArgumentException("Set both distributor.operator.email and distributor.operator.password "
					+ "(DISTRIBUTOR_OPERATOR_EMAIL, DISTRIBUTOR_OPERATOR_PASSWORD), or neither: only "
					+ ((email != null) ? "the e-mail address" : "the password") + " is set");
		}
		if (email != null && (email.length() > MAX_EMAIL_LENGTH || !email.matches("[^\\s@]+@[^\\s@]+"))) {
			throw new IllegalArgumentException(
					"distributor.operator.email must look like name@host (e.g. operator@localhost), at most "
							+ MAX_EMAIL_LENGTH + " characters");
		}
	}

	/** Whether an operator account is configured. */
	public boolean configured() {
		return this.email != null;
	}

	@Override
	public String toString() {
		return "OperatorProperties[email=" + this.email + ", password=[PROTECTED]]";
	}

}
