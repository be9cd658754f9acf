package dev.centraldistribution.distributor.web.account;

import java.util.Objects;

import dev.centraldistribution.distributor.customers.PasswordEdit;

/**
 * A change of password as typed.
 *
 * @param currentPassword the password used until now
 * @param newPassword the password to use from now on
 * @param newPasswordConfirmation the new password again, to catch typos
 */
record PasswordForm(String currentPassword, String newPassword, String newPasswordConfirmation) {

	static PasswordForm empty() {
		return new PasswordForm(null, null, null);
	}

	PasswordEdit toEdit() {
		return new PasswordEdit(this.currentPassword, this.newPassword);
	}

	boolean passwordsDiffer() {
		return !Objects.equals(this.newPassword, this.newPasswordConfirmation);
	}

	@Override
	public String toString() {
		return "PasswordForm[passwords=[PROTECTED]]";
	}

}
