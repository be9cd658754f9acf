package dev.centraldistribution.distributor.customers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a customer's name and e-mail address. A new e-mail address needs the current
 * password: it is what the customer signs in with.
 */
@Service
public class ChangeProfile {

	/**
	 * The answer for an address in use, which the web shop throttles per client address.
	 */
	public static final String EMAIL_IN_USE = "Another account uses this e-mail address.";

	private static final Logger logger = LoggerFactory.getLogger(ChangeProfile.class);

	private final CustomerRepository customers;

	private final PasswordEncoder passwordEncoder;

	private final EmailAddressesInUse inUse;

	ChangeProfile(CustomerRepository customers, PasswordEncoder passwordEncoder, EmailAddressesInUse inUse) {
		this.customers = customers;
		this.passwordEncoder = passwordEncoder;
		this.inUse = inUse;
	}

	/**
	 * Changes the profile.
	 * @param id the account
	 * @param edit the new name and e-mail address
	 * @return the customer as changed
	 * @throws AccountDetailsRejectedException naming every field that breaks a rule
	 */
	@Transactional
	public Customer change(CustomerId id, ProfileEdit edit) {
		SignInCredentials current = this.customers.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No customer " + id));
		FieldProblems problems = new FieldProblems().check("name", CustomerName.problemWith(edit.name()))
			.check("email", EmailAddress.problemWith(edit.email()));
		String newKey = EmailAddress.keyOf(edit.email());
		boolean newEmail = !newKey.equals(EmailAddress.keyOf(current.customer().email()));
		if (newEmail && !problems.has("email")) {
			if (edit.currentPassword() == null || edit.currentPassword().isEmpty()) {
				problems.add("currentPassword", "Enter your current password to change your e-mail address.");
			}
			else if (!this.passwordEncoder.matches(edit.currentPassword(), current.passwordHash())) {
				problems.add(ChangePassword.WRONG_CURRENT_PASSWORD);
			}
			if (this.inUse.isInUse(newKey)) {
				problems.add("email", EMAIL_IN_USE);
			}
		}
		problems.throwIfAny();
		EmailAddress email = EmailAddress.of(edit.email());
		String name = CustomerName.normalise(edit.name());
		try {
			this.customers.updateProfile(id, email, name);
		}
		catch (DuplicateKeyException ex) {
			throw FieldProblems.rejected("email", EMAIL_IN_USE);
		}
		logger.info("Customer {} changed their profile{}", id, newEmail ? " and e-mail address" : "");
		return new Customer(id, email.value(), name);
	}

}
