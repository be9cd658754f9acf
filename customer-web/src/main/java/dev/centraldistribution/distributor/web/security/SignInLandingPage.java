package dev.centraldistribution.distributor.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Where a sign-in leads: where the visitor was when they chose to sign in (what they were
 * doing finished by {@link SignInFollowUps}), else back to the page that asked for it,
 * else a customer's dashboard or the operator's console. An operator is never sent back
 * to a shop page (they are closed to operators), only to a console page it asked for.
 */
class SignInLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String CONSOLE = "/admin";

	private final RequestCache requests = new HttpSessionRequestCache();

	private final SignInFollowUps followUps;

	SignInLandingPage(SignInFollowUps followUps) {
		this.followUps = followUps;
		setDefaultTargetUrl("/dashboard");
		setRequestCache(this.requests);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AuthenticatedCustomer customer) {
			Optional<String> next = this.followUps.carryOn(customer, request, response);
			if (next.isPresent()) {
				this.requests.removeRequest(request, response);
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, next.get());
				return;
			}
		}
		if (!(authentication.getPrincipal() instanceof AuthenticatedOperator)) {
			super.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		SavedRequest saved = this.requests.getRequest(request, response);
		this.requests.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		String console = request.getContextPath() + CONSOLE;
		String target = (saved != null && isUnder(saved.getRedirectUrl(), console)) ? saved.getRedirectUrl() : console;
		getRedirectStrategy().sendRedirect(request, response, target);
	}

	private static boolean isUnder(String url, String console) {
		String path = URI.create(url).getPath();
		return path != null && (path.equals(console) || path.startsWith(console + "/"));
	}

}
