package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import dev.centraldistribution.distributor.customers.SignInCredentials;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A customer account while a password is being checked. Only
 * {@link AuthenticatedCustomer} outlives the check: the password hash never reaches the
 * session.
 */
final class CustomerUserDetails implements UserDetails, CredentialsContainer {

	static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER"));

	@Serial
	private static final long serialVersionUID = 1L;

	private final AuthenticatedCustomer customer;

	private String passwordHash;

	CustomerUserDetails(SignInCredentials credentials) {
		this.customer = AuthenticatedCustomer.of(credentials.customer());
		this.passwordHash = credentials.passwordHash();
	}

	AuthenticatedCustomer customer() {
		return this.customer;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AUTHORITIES;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.customer.email();
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "CustomerUserDetails[" + this.customer + "]";
	}

}
