package dev.centraldistribution.distributor.customers;

/**
 * What a customer signs up with, as typed.
 *
 * @param name the name to greet the customer with
 * @param email the e-mail address to sign in with, unique whatever its case
 * @param password the password, never stored as such
 */
public record NewAccount(String name, String email, String password) {

	@Override
	public String toString() {
		return "NewAccount[name=" + this.name + ", email=" + this.email + ", password=[PROTECTED]]";
	}

}
