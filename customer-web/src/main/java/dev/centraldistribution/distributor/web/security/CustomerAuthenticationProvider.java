package dev.centraldistribution.distributor.web.security;

import java.time.Instant;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a customer's e-mail address and password, unless the account or the client
 * address is throttled, and makes {@link AuthenticatedCustomer} the principal.
 */
class CustomerAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	CustomerAuthenticationProvider(CustomerUserDetailsService customers, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		super(customers);
		setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = addressOf(authentication);
		this.throttle.refusal(username, address, Instant.now()).ifPresent((wait) -> {
			throw new SignInThrottledException(wait);
		});
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.succeeded(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address, Instant.now());
			throw ex;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		return super.createSuccessAuthentication(((CustomerUserDetails) user).customer(), authentication, user);
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
