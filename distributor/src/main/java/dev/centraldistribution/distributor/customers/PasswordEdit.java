package dev.centraldistribution.distributor.customers;

/**
 * A change of password, as typed.
 *
 * @param currentPassword proves that the customer, not someone at an unlocked screen,
 * asks
 * @param newPassword the password to use from now on
 */
public record PasswordEdit(String currentPassword, String newPassword) {

	@Override
	public String toString() {
		return "PasswordEdit[currentPassword=[PROTECTED], newPassword=[PROTECTED]]";
	}

}
