package dev.centraldistribution.distributor.web.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login page with a message. Unlike Spring Security's
 * default it does not keep the exception in the session: the exception carries the
 * sign-in request, password included, and sessions are stored in the database.
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	static final String WRONG_CREDENTIALS = "Wrong e-mail address or password.";

	private static final int MAX_USERNAME_KEPT = 254;

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		request.getSession()
			.setAttribute(SignInProblem.SESSION_ATTRIBUTE, new SignInProblem(messageFor(exception), username(request)));
		this.redirects.sendRedirect(request, response, "/login?error");
	}

	private static String messageFor(AuthenticationException exception) {
		if (exception instanceof SignInThrottledException throttled) {
			return Waits.tooManyAttempts(throttled.retryAfter());
		}
		if (exception instanceof BadCredentialsException) {
			return WRONG_CREDENTIALS;
		}
		return "We could not sign you in just now. Please try again.";
	}

	private static String username(HttpServletRequest request) {
		String username = request.getParameter("username");
		if (username == null) {
			return "";
		}
		String stripped = username.strip();
		return stripped.substring(0, Math.min(stripped.length(), MAX_USERNAME_KEPT));
	}

}
