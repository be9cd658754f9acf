package dev.centraldistribution.distributor.operators;

/**
 * What signing in as the operator checks a password against.
 *
 * @param operator the account
 * @param passwordHash the encoded password, e.g. {@code {bcrypt}$2a$10$...}
 */
public record OperatorCredentials(Operator operator, String passwordHash) {

	@Override
	public String toString() {
		return "OperatorCredentials[operator=" + this.operator + ", passwordHash=[PROTECTED]]";
	}

}
