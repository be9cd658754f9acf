package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * The signed-in customer, as controllers receive it with
 * {@code @AuthenticationPrincipal AuthenticatedCustomer customer}.
 *
 * @param id the customer's account
 * @param email the e-mail the customer signs in with
 * @param name the name to greet the customer with
 */
public record AuthenticatedCustomer(CustomerId id, String email, String name) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	@Override
	public String getName() {
		return this.email;
	}

}
