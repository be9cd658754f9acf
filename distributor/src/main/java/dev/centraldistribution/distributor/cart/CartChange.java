package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.catalog.OfferingView;

/**
 * The outcome of adding, changing or removing a cart line.
 */
public sealed interface CartChange {

	/**
	 * The cart changed.
	 *
	 * @param offering the offering of the line
	 * @param quantityInCart units of it the cart holds now, zero once removed
	 */
	record Accepted(OfferingView offering, int quantityInCart) implements CartChange {
	}

	/**
	 * Nothing changed.
	 *
	 * @param reason why
	 * @param offering the offering concerned, {@code null} when unknown
	 * @param quantityInCart units of it the cart holds
	 * @param mostPerLine the most units the line may hold now: what is available, at most
	 * the cart's limit per line
	 */
	record Refused(CartRefusal reason, OfferingView offering, int quantityInCart,
			long mostPerLine) implements CartChange {

		static Refused because(CartRefusal reason) {
			return new Refused(reason, null, 0, 0);
		}

	}

}
