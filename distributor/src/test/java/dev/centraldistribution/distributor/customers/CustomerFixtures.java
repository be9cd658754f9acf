package dev.centraldistribution.distributor.customers;

import java.util.UUID;

/**
 * Opens customer accounts for tests through the real sign-up. E-mail addresses are unique
 * per call so that tests sharing a database do not see each other.
 */
public final class CustomerFixtures {

	/** The password of every account opened here. */
	public static final String PASSWORD = "correct horse battery staple";

	private final SignUp signUp;

	public CustomerFixtures(SignUp signUp) {
		this.signUp = signUp;
	}

	/** An e-mail address no other test uses. */
	public static String uniqueEmail() {
		return "customer-" + UUID.randomUUID() + "@example.com";
	}

	public Customer customer() {
		return customer("Ada Lovelace");
	}

	public Customer customer(String name) {
		return this.signUp.signUp(new NewAccount(name, uniqueEmail(), PASSWORD));
	}

}
