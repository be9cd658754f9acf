package dev.centraldistribution.distributor.customers;

/**
 * A change of name and e-mail address, as typed.
 *
 * @param name the new name
 * @param email the new e-mail address
 * @param currentPassword the current password, needed only when the e-mail address
 * changes (it is what the customer signs in with)
 */
public record ProfileEdit(String name, String email, String currentPassword) {

	@Override
	public String toString() {
		return "ProfileEdit[name=" + this.name + ", email=" + this.email + ", currentPassword=[PROTECTED]]";
	}

}
