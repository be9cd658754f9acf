package dev.centraldistribution.distributor.cart;

import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartChange.Accepted;
import dev.centraldistribution.distributor.cart.CartChange.Refused;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a line out of a customer's cart.
 */
@Service
public class RemoveFromCart {

	private final CartLines lines;

	private final OfferingCatalog catalog;

	RemoveFromCart(CartLines lines, OfferingCatalog catalog) {
		this.lines = lines;
		this.catalog = catalog;
	}

	@Transactional
	public CartChange remove(CustomerId customer, CartLineId lineId) {
		Optional<OfferingView> offering = this.lines.find(customer, lineId)
			.flatMap((line) -> this.catalog.find(line.offering()));
		if (offering.isEmpty() || !this.lines.remove(customer, lineId)) {
			return Refused.because(CartRefusal.LINE_NOT_FOUND);
		}
		return new Accepted(offering.get(), 0);
	}

}
