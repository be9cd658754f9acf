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
 * Sets how many units one of a customer's cart lines holds, no more than is available
 * now.
 */
@Service
public class ChangeCartQuantity {

	private final CartLines lines;

	private final OfferingCatalog catalog;

	private final CartProperties limits;

	ChangeCartQuantity(CartLines lines, OfferingCatalog catalog, CartProperties limits) {
		this.lines = lines;
		this.catalog = catalog;
		this.limits = limits;
	}

	@Transactional
	public CartChange change(CustomerId customer, CartLineId lineId, int quantity) {
		if (quantity < 1) {
			return Refused.because(CartRefusal.QUANTITY_TOO_SMALL);
		}
		Optional<StoredCartLine> line = this.lines.find(customer, lineId);
		Optional<OfferingView> found = line.flatMap((stored) -> this.catalog.find(stored.offering()));
		if (found.isEmpty()) {
			return Refused.because(CartRefusal.LINE_NOT_FOUND);
		}
		OfferingView offering = found.get();
		int inCart = line.get().quantity();
		long limit = Math.min(offering.available(), this.limits.maxQuantityPerLine());
		if (quantity > this.limits.maxQuantityPerLine()) {
			return new Refused(CartRefusal.ABOVE_LINE_LIMIT, offering, inCart, limit);
		}
		if (offering.isSoldOut()) {
			return new Refused(CartRefusal.SOLD_OUT, offering, inCart, 0);
		}
		if (!offering.onSale()) {
			return new Refused(offering.priceHeld() ? CartRefusal.PRICE_HELD : CartRefusal.MANUFACTURER_UNREACHABLE,
					offering, inCart, 0);
		}
		if (quantity > limit) {
			return new Refused(CartRefusal.MORE_THAN_AVAILABLE, offering, inCart, limit);
		}
		if (!this.lines.change(customer, lineId, quantity)) {
			return Refused.because(CartRefusal.LINE_NOT_FOUND);
		}
		return new Accepted(offering, quantity);
	}

}
