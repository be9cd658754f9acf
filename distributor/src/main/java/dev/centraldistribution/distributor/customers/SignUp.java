package dev.centraldistribution.distributor.customers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a customer account.
 */
@Service
public class SignUp {

	/**
	 * The answer for an address in use, which the web shop throttles per client address.
	 */
	public static final String EMAIL_TAKEN = "An account with this e-mail address already exists. Sign in instead?";

	private static final Logger logger = LoggerFactory.getLogger(SignUp.class);

	private final CustomerRepository customers;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final EmailAddressesInUse inUse;

	SignUp(CustomerRepository customers, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			EmailAddressesInUse inUse) {
		this.customers = customers;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.inUse = inUse;
	}

	/**
	 * Opens an account.
	 * @param account name, e-mail address and password as typed
	 * @return the new customer
	 * @throws AccountDetailsRejectedException naming every field that breaks a rule,
	 * including an e-mail address already in use (in any case)
	 */
	@Transactional
	public Customer signUp(NewAccount account) {
		check(account).throwIfAny();
		EmailAddress email = EmailAddress.of(account.email());
		String name = CustomerName.normalise(account.name());
		CustomerId id;
		try {
			id = this.customers.insert(email, name, this.passwordEncoder.encode(account.password()));
		}
		catch (DuplicateKeyException ex) {
			throw FieldProblems.rejected("email", EMAIL_TAKEN);
		}
		logger.info("Customer {} signed up", id);
		return new Customer(id, email.value(), name);
	}

	/**
	 * What {@link #signUp(NewAccount)} would refuse, without opening an account: for a
	 * form that has rules of its own to show all problems at once.
	 * @param account name, e-mail address and password as typed
	 * @return every problem, empty when the account could be opened now
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> problemsWith(NewAccount account) {
		return check(account).list();
	}

	private FieldProblems check(NewAccount account) {
		FieldProblems problems = new FieldProblems().check("name", CustomerName.problemWith(account.name()))
			.check("email", EmailAddress.problemWith(account.email()))
			.check("password", this.passwordPolicy.problemWith(account.password(), account.email()));
		if (!problems.has("email") && this.inUse.isInUse(EmailAddress.keyOf(account.email()))) {
			problems.add("email", EMAIL_TAKEN);
		}
		return problems;
	}

}
