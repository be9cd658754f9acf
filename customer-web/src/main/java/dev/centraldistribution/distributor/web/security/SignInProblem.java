package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.io.Serializable;

/**
 * Why the last sign-in failed, kept in the session for the login page to show: only the
 * message and the e-mail address typed, never the password or the exception.
 *
 * @param message what went wrong, in words a customer may read
 * @param username the e-mail address typed, to fill the form again
 */
record SignInProblem(String message, String username) implements Serializable {

	static final String SESSION_ATTRIBUTE = SignInProblem.class.getName();

	@Serial
	private static final long serialVersionUID = 1L;

}
