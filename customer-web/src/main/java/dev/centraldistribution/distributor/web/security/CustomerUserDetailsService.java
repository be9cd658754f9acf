package dev.centraldistribution.distributor.web.security;

import dev.centraldistribution.distributor.customers.CustomerDirectory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads customer accounts by e-mail address, in any case.
 */
@Component
class CustomerUserDetailsService implements UserDetailsService {

	private final CustomerDirectory customers;

	CustomerUserDetailsService(CustomerDirectory customers) {
		this.customers = customers;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.customers.credentialsFor(email)
			.map(CustomerUserDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("No customer with that e-mail address"));
	}

}
