package dev.centraldistribution.distributor.customers;

/**
 * What signing in checks a password against.
 *
 * @param customer the account
 * @param passwordHash the encoded password, e.g. {@code {bcrypt}$2a$10$...}
 */
public record SignInCredentials(Customer customer, String passwordHash) {

	@Override
	public String toString() {
		return "SignInCredentials[customer=" + this.customer + ", passwordHash=[PROTECTED]]";
	}

}
