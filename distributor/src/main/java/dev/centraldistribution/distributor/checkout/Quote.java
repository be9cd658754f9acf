package dev.centraldistribution.distributor.checkout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.CartView;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.OfferingView;

/**
 * What a checkout form showed, and so what the customer confirms by submitting it: the
 * lines at their prices, and whether it buys the whole cart or what is available.
 *
 * @param mode whole cart or what is available
 * @param lines the lines shown
 */
record Quote(CheckoutMode mode, List<QuotedLine> lines) {

	Quote {
		lines = List.copyOf(lines);
	}

	/** The quote of the lines a checkout form shows. */
	static Quote of(CheckoutMode mode, CartView shown) {
		return new Quote(mode, shown.lines()
			.stream()
			.map((line) -> new QuotedLine(line.offering().id(), line.quantity(), line.offering().unitPriceCents()))
			.toList());
	}

	long totalCents() {
		return this.lines.stream().mapToLong(QuotedLine::totalCents).reduce(0, Math::addExact);
	}

	/**
	 * How what the cart would buy now differs from this quote, line by line: lines added
	 * or gone, quantities and prices changed. Unchanged lines are left out.
	 * @param now the lines the cart would buy now
	 * @param offerings what is known of every offering quoted or bought now
	 */
	List<QuoteChange> changesTo(Basket now, Map<OfferingId, OfferingView> offerings) {
		Map<OfferingId, BasketLine> bought = new LinkedHashMap<>();
		now.lines().forEach((line) -> bought.put(line.offering().id(), line));
		List<QuoteChange> changes = new ArrayList<>();
		for (QuotedLine quoted : this.lines) {
			BasketLine line = bought.remove(quoted.offering());
			OfferingView offering = (line != null) ? line.offering() : offerings.get(quoted.offering());
			QuoteChange change = new QuoteChange(quoted.offering(), nameOf(offering), manufacturerOf(offering),
					quoted.quantity(), (line != null) ? line.quantity() : 0, quoted.unitPriceCents(),
					(offering != null) ? offering.unitPriceCents() : quoted.unitPriceCents(), currencyOf(offering));
			if (change.isChange()) {
				changes.add(change);
			}
		}
		for (BasketLine added : bought.values()) {
			OfferingView offering = added.offering();
			changes.add(new QuoteChange(offering.id(), offering.productName(), offering.manufacturerName(), 0,
					added.quantity(), offering.unitPriceCents(), offering.unitPriceCents(), offering.currency()));
		}
		return changes;
	}

	/**
	 * The lines a checkout form shows in a mode: the cart, or what is available of it.
	 */
	static CartView shown(CartView cart, CheckoutMode mode) {
		if (mode == CheckoutMode.ALL_OR_NOTHING) {
			return cart;
		}
		return new CartView(cart.lines()
			.stream()
			.filter((line) -> !line.isSoldOut())
			.map((line) -> new CartLine(line.id(), line.offering(), (int) Math.min(line.quantity(), line.available())))
			.toList());
	}

	private static String nameOf(OfferingView offering) {
		return (offering != null) ? offering.productName() : "a product no longer on sale";
	}

	private static String manufacturerOf(OfferingView offering) {
		return (offering != null) ? offering.manufacturerName() : "";
	}

	private static String currencyOf(OfferingView offering) {
		return (offering != null) ? offering.currency() : "EUR";
	}

}
