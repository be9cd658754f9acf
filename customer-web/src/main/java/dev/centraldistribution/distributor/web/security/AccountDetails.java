package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import dev.centraldistribution.distributor.customers.SignInCredentials;
import dev.centraldistribution.distributor.operators.OperatorCredentials;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An account, customer or operator, while a password is being checked. Only its principal
 * ({@link AuthenticatedCustomer} or {@link AuthenticatedOperator}) outlives the check:
 * the password hash never reaches the session.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {

	static final String CUSTOMER = "CUSTOMER";

	static final String OPERATOR = "OPERATOR";

	static final List<GrantedAuthority> CUSTOMER_AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_" + CUSTOMER));

	static final List<GrantedAuthority> OPERATOR_AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_" + OPERATOR));

	@Serial
	private static final long serialVersionUID = 1L;

	private final Object principal;

	private final String username;

	private final List<GrantedAuthority> authorities;

	private String passwordHash;

	private AccountDetails(Object principal, String username, String passwordHash, List<GrantedAuthority> authorities) {
		this.principal = principal;
		this.username = username;
		this.passwordHash = passwordHash;
		this.authorities = authorities;
	}

	static AccountDetails customer(SignInCredentials credentials) {
		return new AccountDetails(AuthenticatedCustomer.of(credentials.customer()), credentials.customer().email(),
				credentials.passwordHash(), CUSTOMER_AUTHORITIES);
	}

	static AccountDetails operator(OperatorCredentials credentials) {
		return new AccountDetails(AuthenticatedOperator.of(credentials.operator()), credentials.operator().email(),
				credentials.passwordHash(), OPERATOR_AUTHORITIES);
	}

	/** What the session keeps as the signed-in principal. */
	Object principal() {
		return this.principal;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountDetails[" + this.principal + "]";
	}

}
