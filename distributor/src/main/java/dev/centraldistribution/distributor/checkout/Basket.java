package dev.centraldistribution.distributor.checkout;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.NewOrder;

/**
 * What one checkout attempt buys, taken from the cart as it stood.
 *
 * @param lines the lines to buy
 * @param checkedOut every offering of the cart the checkout covers, bought or dropped
 */
record Basket(List<BasketLine> lines, List<OfferingId> checkedOut) {

	Basket {
		lines = List.copyOf(lines);
		checkedOut = List.copyOf(checkedOut);
	}

	/**
	 * The basket for a cart: every line in full, or in
	 * {@link CheckoutMode#AVAILABLE_ONLY} each line capped to what is available and
	 * sold-out lines dropped.
	 */
	static Basket of(CartView cart, CheckoutMode mode) {
		List<BasketLine> lines = cart.lines()
			.stream()
			.map((line) -> new BasketLine(line.offering(), quantityToBuy(line, mode)))
			.filter((line) -> line.quantity() > 0)
			.toList();
		return new Basket(lines, cart.lines().stream().map((line) -> line.offering().id()).toList());
	}

	private static int quantityToBuy(CartLine line, CheckoutMode mode) {
		return (mode == CheckoutMode.AVAILABLE_ONLY) ? (int) Math.min(line.quantity(), line.available())
				: line.quantity();
	}

	boolean isEmpty() {
		return this.lines.isEmpty();
	}

	long totalCents() {
		return this.lines.stream().mapToLong(BasketLine::totalCents).reduce(0, Math::addExact);
	}

	/** The currency of every line, {@code null} when the lines do not share one. */
	String currency() {
		List<String> currencies = this.lines.stream().map((line) -> line.offering().currency()).distinct().toList();
		return (currencies.size() == 1) ? currencies.get(0) : null;
	}

	/** The order this basket makes, once its payment is authorised. */
	NewOrder toOrder(CustomerId customer, CheckoutToken token, String paymentReference, Instant placedAt,
			long quotedTotalCents) {
		return new NewOrder(customer, token.value(), paymentReference, placedAt, currency(), quotedTotalCents,
				this.lines.stream().map(BasketLine::toOrderLine).toList());
	}

	List<StockWithdrawal> withdrawals() {
		return this.lines.stream().map((line) -> new StockWithdrawal(line.offering().id(), line.quantity())).toList();
	}

}
