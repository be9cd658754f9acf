package dev.centraldistribution.distributor.web.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Finishes what a visitor started before signing in (or up): the sign-in and sign-up
 * forms carry it along as parameters (such as the product a visitor wanted to add to the
 * cart). Implemented by the feature that knows what the parameters mean; called once the
 * customer is signed in, within the same CSRF-protected form submission.
 */
public interface AfterSignIn {

	/**
	 * Carries on with what the form's parameters ask for, if anything.
	 * @param customer who just signed in
	 * @param request the sign-in or sign-up form's submission
	 * @param response its response, e.g. for a notice to show on the next page
	 * @return the local page to continue on, or empty when the parameters asked nothing
	 * of this feature
	 */
	Optional<String> carryOn(AuthenticatedCustomer customer, HttpServletRequest request, HttpServletResponse response);

}
