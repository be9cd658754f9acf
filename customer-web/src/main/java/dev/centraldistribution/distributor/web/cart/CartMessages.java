package dev.centraldistribution.distributor.web.cart;

import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.cart.CartChange.Accepted;
import dev.centraldistribution.distributor.cart.CartChange.Refused;
import dev.centraldistribution.distributor.cart.CartProperties;
import dev.centraldistribution.distributor.catalog.OfferingView;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tells customers, in words, what became of their cart changes. Shown with
 * {@code th:text}, so names from manufacturers stay escaped.
 */
final class CartMessages {

	static final String NOTICE = "notice";

	static final String PROBLEM = "problem";

	private final CartProperties limits;

	CartMessages(CartProperties limits) {
		this.limits = limits;
	}

	void tell(RedirectAttributes redirect, CartChange change, Function<Accepted, String> accepted) {
		tell(redirect::addFlashAttribute, change, accepted);
	}

	/**
	 * Tells what became of a change.
	 * @param flash takes {@link #NOTICE} or {@link #PROBLEM} and the words
	 */
	void tell(BiConsumer<String, String> flash, CartChange change, Function<Accepted, String> accepted) {
		if (change instanceof Accepted done) {
			flash.accept(NOTICE, accepted.apply(done));
		}
		else if (change instanceof Refused refused) {
			flash.accept(PROBLEM, describe(refused));
		}
	}

	String quantityNotANumber() {
		return "Enter a whole number of units, from 1 to " + this.limits.maxQuantityPerLine() + ".";
	}

	static String added(Accepted accepted) {
		return "Added to your cart: " + name(accepted.offering()) + ". Your cart holds " + accepted.quantityInCart()
				+ " of it.";
	}

	static String changed(Accepted accepted) {
		return name(accepted.offering()) + ": your cart holds " + accepted.quantityInCart() + " now.";
	}

	static String removed(Accepted accepted) {
		return "Removed " + name(accepted.offering()) + " from your cart.";
	}

	String describe(Refused refused) {
		OfferingView offering = refused.offering();
		String inCart = (refused.quantityInCart() > 0)
				? " Your cart holds " + refused.quantityInCart() + " of it already." : "";
		return switch (refused.reason()) {
			case QUANTITY_TOO_SMALL -> "Choose at least one unit.";
			case ABOVE_LINE_LIMIT -> "You can have at most " + this.limits.maxQuantityPerLine() + " units of "
					+ name(offering) + " in your cart." + inCart;
			case UNKNOWN_OFFERING -> "That product is not on offer.";
			case SOLD_OUT -> name(offering) + " is sold out.";
			case MANUFACTURER_UNREACHABLE -> offering.manufacturerName()
					+ " is not answering right now: its products cannot be bought until it is back.";
			case PRICE_HELD -> "The price of " + name(offering)
					+ " changed: it cannot be bought until the new price has been checked.";
			case MORE_THAN_AVAILABLE ->
				"Only " + refused.mostPerLine() + " of " + name(offering) + " are available." + inCart;
			case CART_FULL -> "Your cart holds " + this.limits.maxLines()
					+ " different products, the most it can. Check out or remove one first.";
			case LINE_NOT_FOUND -> "That product is no longer in your cart.";
		};
	}

	private static String name(OfferingView offering) {
		return offering.productName() + " from " + offering.manufacturerName();
	}

}
