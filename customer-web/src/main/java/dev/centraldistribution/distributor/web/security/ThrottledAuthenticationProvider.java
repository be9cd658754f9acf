package dev.centraldistribution.distributor.web.security;

import java.time.Clock;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks an e-mail address and password, the sign-in form's or HTTP Basic's, unless the
 * {@link SignInThrottle} refuses the attempt for now, and makes the account's
 * {@link AccountDetails#principal() principal} the session's.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final SignInThrottle throttle;

	private final Clock clock;

	ThrottledAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, Clock clock) {
		super(accounts);
		setPasswordEncoder(passwordEncoder);
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = addressOf(authentication);
		this.throttle.refusal(username, address, this.clock.instant()).ifPresent((wait) -> {
			throw new SignInThrottledException(wait);
		});
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.succeeded(username, address, this.clock.instant());
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address, this.clock.instant());
			throw ex;
		}
	}

	@Override
	protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
			UserDetails user) {
		return super.createSuccessAuthentication(((AccountDetails) user).principal(), authentication, user);
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
