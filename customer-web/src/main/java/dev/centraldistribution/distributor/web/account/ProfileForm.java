package dev.centraldistribution.distributor.web.account;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.ProfileEdit;

/**
 * The account's name and e-mail address as typed.
 *
 * @param name the new name
 * @param email the new e-mail address
 * @param currentPassword needed when the e-mail address changes
 */
record ProfileForm(String name, String email, String currentPassword) {

	static ProfileForm of(Customer customer) {
		return new ProfileForm(customer.name(), customer.email(), null);
	}

	ProfileEdit toEdit() {
		return new ProfileEdit(this.name, this.email, this.currentPassword);
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
		return "ProfileForm[name=" + this.name + ", email=" + this.email + ", currentPassword=[PROTECTED]]";
	}

}
