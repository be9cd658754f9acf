package dev.centraldistribution.distributor.checkout;

import java.util.List;

import dev.centraldistribution.distributor.orders.OrderId;

/**
 * What came of a checkout.
 */
public sealed interface CheckoutOutcome {

	/**
	 * The order exists.
	 *
	 * @param order the order
	 * @param repeated whether an earlier submission of the same checkout form placed it
	 */
	record Placed(OrderId order, boolean repeated) implements CheckoutOutcome {
	}

	/**
	 * Nothing was bought because lines ran short.
	 *
	 * @param lines the lines that ran short, with what is left of each
	 */
	record ShortOfStock(List<ShortLine> lines) implements CheckoutOutcome {

		public ShortOfStock {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * Nothing was bought because the cart or its prices changed since the checkout form
	 * showed them: the customer confirms the order as it is now, or not.
	 *
	 * @param changes every line that differs; those that need confirming are
	 * {@link QuoteChange#needsConfirmation()}
	 * @param mode the kind of form submitted, for the one to show next
	 */
	record Changed(List<QuoteChange> changes, CheckoutMode mode) implements CheckoutOutcome {

		public Changed {
			changes = List.copyOf(changes);
		}

	}

	/**
	 * Nothing was bought for another reason.
	 *
	 * @param reason why
	 * @param detail the payment gateway's words when it declined, otherwise {@code null}
	 */
	record Refused(CheckoutRefusal reason, String detail) implements CheckoutOutcome {

		static Refused because(CheckoutRefusal reason) {
			return new Refused(reason, null);
		}

	}

}
