package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Thrown instead of checking a password while the {@link SignInThrottle} makes the
 * attempt wait.
 */
class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return this.retryAfter;
	}

}
