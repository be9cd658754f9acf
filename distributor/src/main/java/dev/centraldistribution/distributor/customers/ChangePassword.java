package dev.centraldistribution.distributor.customers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a customer's password, given the current one.
 */
@Service
public class ChangePassword {

	/**
	 * The answer for a wrong current password (here and on a change of e-mail address),
	 * which the web shop counts like a failed sign-in.
	 */
	public static final FieldProblem WRONG_CURRENT_PASSWORD = new FieldProblem("currentPassword",
			"That is not your current password.");

	private static final Logger logger = LoggerFactory.getLogger(ChangePassword.class);

	private final CustomerRepository customers;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	ChangePassword(CustomerRepository customers, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder) {
		this.customers = customers;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Changes the password.
	 * @param id the account
	 * @param edit the current and the new password
	 * @throws AccountDetailsRejectedException when the current password is wrong or the
	 * new one breaks the password policy
	 */
	@Transactional
	public void change(CustomerId id, PasswordEdit edit) {
		check(id, edit).throwIfAny();
		this.customers.updatePasswordHash(id, this.passwordEncoder.encode(edit.newPassword()));
		logger.info("Customer {} changed their password", id);
	}

	/**
	 * What {@link #change(CustomerId, PasswordEdit)} would refuse, without changing
	 * anything: for a form that has rules of its own to show all problems at once.
	 * @param id the account
	 * @param edit the current and the new password
	 * @return every problem, empty when the password could be changed now
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsWith(CustomerId id, PasswordEdit edit) {
		return check(id, edit).list();
	}

	private FieldProblems check(CustomerId id, PasswordEdit edit) {
		SignInCredentials current = this.customers.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("No customer " + id));
		FieldProblems problems = new FieldProblems();
		if (edit.currentPassword() == null || edit.currentPassword().isEmpty()) {
			problems.add("currentPassword", "Enter your current password.");
		}
		else if (!this.passwordEncoder.matches(edit.currentPassword(), current.passwordHash())) {
			problems.add(WRONG_CURRENT_PASSWORD);
		}
		problems.check("newPassword", this.passwordPolicy.problemWith(edit.newPassword(), current.customer().email()));
		if (!problems.has("newPassword") && !problems.has("currentPassword")
				&& edit.newPassword().equals(edit.currentPassword())) {
			problems.add("newPassword", "Choose a password different from your current one.");
		}
		return problems;
	}

}
