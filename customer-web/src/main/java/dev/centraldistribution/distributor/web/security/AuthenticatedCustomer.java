package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerId;

/**
 * The signed-in customer, as controllers receive it with
 * {@code @AuthenticationPrincipal AuthenticatedCustomer customer}.
 * <p>
 * It lives in the session, which is stored in the database: it serialises through a small
 * proxy of plain values, so that {@link CustomerId} need not be serialisable.
 *
 * @param id the customer's account
 * @param email the e-mail the customer signs in with
 * @param name the name to greet the customer with
 */
public record AuthenticatedCustomer(CustomerId id, String email, String name) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** The principal of a customer account. */
	public static AuthenticatedCustomer of(Customer customer) {
		return new AuthenticatedCustomer(customer.id(), customer.email(), customer.name());
	}

	@Override
	public String getName() {
		return this.email;
	}

	@Serial
	private Object writeReplace() {
		return new SerializedForm(this.id.value(), this.email, this.name);
	}

	/**
	 * What the session store keeps of the principal.
	 *
	 * @param id the customer id's value
	 * @param email the e-mail address
	 * @param name the name
	 */
	private record SerializedForm(long id, String email, String name) implements Serializable {

		@Serial
		private Object readResolve() {
			return new AuthenticatedCustomer(new CustomerId(this.id), this.email, this.name);
		}

	}

}
