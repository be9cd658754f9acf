package dev.centraldistribution.distributor.web.account;

import java.util.Objects;

import dev.centraldistribution.distributor.customers.NewAccount;

/**
 * The sign-up form as typed.
 *
 * @param name the name to greet the customer with
 * @param email the e-mail address to sign in with
 * @param password the password
 * @param passwordConfirmation the password again, to catch typos
 */
record SignUpForm(String name, String email, String password, String passwordConfirmation) {

	static SignUpForm empty() {
		return new SignUpForm("", "", null, null);
	}

	NewAccount toNewAccount() {
		return new NewAccount(this.name, this.email, this.password);
	}

	boolean passwordsDiffer() {
		return !Objects.equals(this.password, this.passwordConfirmation);
	}

	Object typedValue(String field) {
		return switch (field) {
			case "name" -> this.name;
			case "email" -> this.email;
			default -> null;
		};
	}

	@Override
	public String toString() {
		return "SignUpForm[name=" + this.name + ", email=" + this.email + ", passwords=[PROTECTED]]";
	}

}
