package dev.centraldistribution.distributor.cart;

import java.util.Optional;

import dev.centraldistribution.distributor.cart.CartChange.Accepted;
import dev.centraldistribution.distributor.cart.CartChange.Refused;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts units of an offering into a customer's cart. Adding an offering the cart holds
 * already adds to its line; a line never holds more than is available now, nor more than
 * the limit per line; a cart never holds more lines than its limit, however many
 * additions race.
 */
@Service
public class AddToCart {

	private final CartLines lines;

	private final OfferingCatalog catalog;

	private final CartProperties limits;

	AddToCart(CartLines lines, OfferingCatalog catalog, CartProperties limits) {
		this.lines = lines;
		this.catalog = catalog;
		this.limits = limits;
	}

	@Transactional
	public CartChange add(CustomerId customer, OfferingId offeringId, int quantity) {
		if (quantity < 1) {
			return Refused.because(CartRefusal.QUANTITY_TOO_SMALL);
		}
		Optional<OfferingView> found = this.catalog.find(offeringId);
		if (found.isEmpty()) {
			return Refused.because(CartRefusal.UNKNOWN_OFFERING);
		}
		OfferingView offering = found.get();
		long limit = Math.min(offering.available(), this.limits.maxQuantityPerLine());
		Optional<StoredCartLine> existing = this.lines.find(customer, offeringId);
		int inCart = existing.map(StoredCartLine::quantity).orElse(0);
		if (offering.isSoldOut()) {
			return new Refused(CartRefusal.SOLD_OUT, offering, inCart, 0);
		}
		if (!offering.onSale()) {
			return new Refused(offering.priceHeld() ? CartRefusal.PRICE_HELD : CartRefusal.MANUFACTURER_UNREACHABLE,
					offering, inCart, 0);
		}
		if ((long) inCart + quantity > limit) {
			return tooMany(offering, inCart, limit);
		}
		if (existing.isEmpty()) {
			// Counted under the cart's lock: racing additions of new lines by the same
			// customer would each count the lines before any of them inserts.
			this.lines.lock(customer);
			if (this.lines.count(customer) >= this.limits.maxLines()) {
				return new Refused(CartRefusal.CART_FULL, offering, 0, limit);
			}
			if (this.lines.insertIfAbsent(customer, offeringId, quantity)) {
				return new Accepted(offering, quantity);
			}
		}
		if (this.lines.increase(customer, offeringId, quantity, limit)) {
			return new Accepted(offering, this.lines.find(customer, offeringId).orElseThrow().quantity());
		}
		return tooMany(offering, this.lines.find(customer, offeringId).map(StoredCartLine::quantity).orElse(0), limit);
	}

	private Refused tooMany(OfferingView offering, int inCart, long limit) {
		CartRefusal reason = (limit < this.limits.maxQuantityPerLine()) ? CartRefusal.MORE_THAN_AVAILABLE
				: CartRefusal.ABOVE_LINE_LIMIT;
		return new Refused(reason, offering, inCart, limit);
	}

}
