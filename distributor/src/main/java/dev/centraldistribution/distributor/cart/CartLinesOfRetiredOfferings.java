package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.catalog.OfferingsRetired;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes retired offerings out of every cart, in the transaction that retires them: they
 * are no longer on sale, and the catalog deletes those that never sold right after.
 */
@Service
class CartLinesOfRetiredOfferings {

	private final CartLines lines;

	CartLinesOfRetiredOfferings(CartLines lines) {
		this.lines = lines;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(OfferingsRetired retired) {
		this.lines.removeFromEveryCart(retired.offerings());
	}

}
