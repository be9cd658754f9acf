package dev.centraldistribution.distributor.cart;

import java.util.Collection;

import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Empties the checked-out lines of a cart, as part of the checkout that bought them.
 */
@Service
public class ClearCart {

	private final CartLines lines;

	ClearCart(CartLines lines) {
		this.lines = lines;
	}

	/**
	 * Removes the lines of the offerings a checkout bought, in the checkout's
	 * transaction: lines added meanwhile for other offerings stay.
	 * @param customer whose cart
	 * @param offerings the offerings checked out
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void removeCheckedOut(CustomerId customer, Collection<OfferingId> offerings) {
		this.lines.removeOfferings(customer, offerings);
	}

}
