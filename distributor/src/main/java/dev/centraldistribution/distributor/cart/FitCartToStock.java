package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fits a customer's cart to what is available now: sold-out lines go, short lines shrink
 * to what is left.
 */
@Service
public class FitCartToStock {

	private final ViewCart viewCart;

	private final CartLines lines;

	FitCartToStock(ViewCart viewCart, CartLines lines) {
		this.viewCart = viewCart;
		this.lines = lines;
	}

	/**
	 * Fits the cart.
	 * @param customer whose cart
	 * @return the cart as it is afterwards
	 */
	@Transactional
	public CartView fit(CustomerId customer) {
		for (CartLine line : this.viewCart.of(customer).lines()) {
			if (line.isSoldOut()) {
				this.lines.remove(customer, line.id());
			}
			else if (line.isShort()) {
				this.lines.reduce(customer, line.id(), (int) line.available());
			}
		}
		return this.viewCart.of(customer);
	}

}
