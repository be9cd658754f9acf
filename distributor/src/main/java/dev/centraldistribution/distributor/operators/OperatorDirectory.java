package dev.centraldistribution.distributor.operators;

import java.util.Optional;

import dev.centraldistribution.distributor.customers.EmailAddress;
import dev.centraldistribution.distributor.customers.ReservedEmailAddresses;

import org.springframework.stereotype.Service;

/**
 * Looks the operator up by e-mail address, in any case; and keeps customers from taking
 * the operator's address ({@link ReservedEmailAddresses}), which would make signing in
 * ambiguous.
 */
@Service
public class OperatorDirectory implements ReservedEmailAddresses {

	private final OperatorRepository operators;

	OperatorDirectory(OperatorRepository operators) {
		this.operators = operators;
	}

	/**
	 * What signing in as an operator checks the password against.
	 * @param email the address as typed, in any case
	 * @return the account and its password hash, empty when no operator uses the address
	 */
	public Optional<OperatorCredentials> credentialsFor(String email) {
		String key = EmailAddress.keyOf(email);
		if (key.isEmpty() || key.length() > OperatorProperties.MAX_EMAIL_LENGTH) {
			return Optional.empty();
		}
		return this.operators.findByEmailKey(key);
	}

	@Override
	public boolean isReserved(String emailKey) {
		return this.operators.existsByEmailKey(emailKey);
	}

}
