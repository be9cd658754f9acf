package dev.centraldistribution.distributor.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;

import dev.centraldistribution.distributor.operators.Operator;
import dev.centraldistribution.distributor.operators.OperatorId;

/**
 * The signed-in operator, as controllers of the console receive it with
 * {@code @AuthenticationPrincipal AuthenticatedOperator operator}. Not a customer: shop
 * pages that take an {@link AuthenticatedCustomer} are closed to it.
 * <p>
 * Like {@link AuthenticatedCustomer} it serialises through a proxy of plain values for
 * the session store.
 *
 * @param id the operator's account
 * @param email the e-mail address the operator signs in with
 */
public record AuthenticatedOperator(OperatorId id, String email) implements Principal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static AuthenticatedOperator of(Operator operator) {
		return new AuthenticatedOperator(operator.id(), operator.email());
	}

	@Override
	public String getName() {
		return this.email;
	}

	@Serial
	private Object writeReplace() {
		return new SerializedForm(this.id.value(), this.email);
	}

	/**
	 * What the session store keeps of the principal.
	 *
	 * @param id the operator id's value
	 * @param email the e-mail address
	 */
	private record SerializedForm(long id, String email) implements Serializable {

		@Serial
		private Object readResolve() {
			return new AuthenticatedOperator(new OperatorId(this.id), this.email);
		}

	}

}
