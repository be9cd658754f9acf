package dev.centraldistribution.distributor.web.security;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Throttles the current-password checks of the account pages (a new password, a new
 * e-mail address) like sign-ins, with the same counters: someone at an unlocked screen,
 * or holding a stolen session, guesses no faster there than on the sign-in page.
 */
@Component
public class CurrentPasswordChecks {

	private final SignInThrottle throttle;

	private final Clock clock;

	CurrentPasswordChecks(SignInThrottle throttle, ObjectProvider<Clock> clock) {
		this.throttle = throttle;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Why the current password may not be checked now.
	 * @param email the account's e-mail address
	 * @param request the request, for the client's address
	 * @return a message a customer may read, empty when it may be checked
	 */
	public Optional<String> refusal(String email, HttpServletRequest request) {
		return this.throttle.refusal(email, request.getRemoteAddr(), this.clock.instant()).map(Waits::tooManyAttempts);
	}

	/** Counts a wrong current password. */
	public void failed(String email, HttpServletRequest request) {
		this.throttle.failed(email, request.getRemoteAddr(), this.clock.instant());
	}

}
