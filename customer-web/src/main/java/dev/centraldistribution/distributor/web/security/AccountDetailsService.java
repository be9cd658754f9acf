package dev.centraldistribution.distributor.web.security;

import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.operators.OperatorDirectory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads the account of an e-mail address, in any case: the operator's, else a customer's.
 * (No customer can hold the operator's address: sign-up and profile changes refuse it,
 * and the operator is not created over a customer's.)
 */
@Component
class AccountDetailsService implements UserDetailsService {

	private final OperatorDirectory operators;

	private final CustomerDirectory customers;

	AccountDetailsService(OperatorDirectory operators, CustomerDirectory customers) {
		this.operators = operators;
		this.customers = customers;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.operators.credentialsFor(email)
			.map(AccountDetails::operator)
			.or(() -> this.customers.credentialsFor(email).map(AccountDetails::customer))
			.orElseThrow(() -> new UsernameNotFoundException("No account with that e-mail address"));
	}

}
