package dev.centraldistribution.distributor.web.cart;

import dev.centraldistribution.distributor.cart.CountCartUnits;
import dev.centraldistribution.distributor.web.security.AuthenticatedCustomer;

import org.springframework.stereotype.Component;

/**
 * The count of units in the cart that the header shows a signed-in customer on every
 * page: {@code ${@cartCount.of(#authentication.principal)}}. Asked by the layout only
 * when it renders the header, so redirects, forms and streams never pay for it.
 */
@Component("cartCount")
public class CartCount {

	private final CountCartUnits units;

	CartCount(CountCartUnits units) {
		this.units = units;
	}

	/**
	 * Units in the principal's cart.
	 * @param principal whoever is signed in
	 * @return the units, 0 for anyone but a customer
	 */
	public long of(Object principal) {
		return (principal instanceof AuthenticatedCustomer customer) ? this.units.of(customer.id()) : 0;
	}

}
