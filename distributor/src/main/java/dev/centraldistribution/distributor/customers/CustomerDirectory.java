package dev.centraldistribution.distributor.customers;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks customers up, by id or by e-mail address in any case.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	private final CustomerRepository customers;

	CustomerDirectory(CustomerRepository customers) {
		this.customers = customers;
	}

	/**
	 * Finds an account.
	 * @param id the account
	 * @return the customer, empty when there is no such account
	 */
	public Optional<Customer> find(CustomerId id) {
		return this.customers.findById(id).map(SignInCredentials::customer);
	}

	/**
	 * Finds the account of an e-mail address, whatever its case.
	 * @param email the address as typed
	 * @return the customer, empty when no account uses the address
	 */
	public Optional<Customer> findByEmail(String email) {
		return credentialsFor(email).map(SignInCredentials::customer);
	}

	/**
	 * The e-mail addresses of several accounts, in one query (the operator's list of
	 * orders).
	 * @param ids the accounts
	 * @return each account's address as typed; accounts that do not exist are left out
	 */
	public Map<CustomerId, String> emailsOf(Collection<CustomerId> ids) {
		return ids.isEmpty() ? Map.of() : this.customers.emailsOf(ids);
	}

	/**
	 * What signing in with an e-mail address checks the password against.
	 * @param email the address as typed, in any case
	 * @return the account and its password hash, empty when no account uses the address
	 */
	public Optional<SignInCredentials> credentialsFor(String email) {
		String key = EmailAddress.keyOf(email);
		if (key.isEmpty() || key.length() > EmailAddress.MAX_LENGTH) {
			return Optional.empty();
		}
		return this.customers.findByEmailKey(key);
	}

}
