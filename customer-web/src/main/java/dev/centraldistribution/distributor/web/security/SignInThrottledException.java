package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Thrown instead of checking a password when the account or the client address failed to
 * sign in too often recently.
 */
class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	/** Whole minutes until a sign-in may be tried again, at least one. */
	long minutesToWait() {
		long seconds = Math.max(1, this.retryAfter.toSeconds());
		return (seconds + 59) / 60;
	}

}
