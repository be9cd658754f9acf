package dev.centraldistribution.distributor.cart;

import java.util.List;

/**
 * A customer's cart as it stands, every line checked against current availability.
 *
 * @param lines the lines, oldest first
 */
public record CartView(List<CartLine> lines) {

	public CartView {
		lines = List.copyOf(lines);
	}

	public boolean isEmpty() {
		return this.lines.isEmpty();
	}

	/** Whether a line is sold out or short of what the customer wants. */
	public boolean hasUnavailableLines() {
		return this.lines.stream().anyMatch((line) -> !line.isBuyable());
	}

	/** The currency shared by every line, {@code null} when empty or mixed. */
	public String currency() {
		List<String> currencies = this.lines.stream().map((line) -> line.offering().currency()).distinct().toList();
		return (currencies.size() == 1) ? currencies.get(0) : null;
	}

	public long totalCents() {
		return this.lines.stream().mapToLong(CartLine::lineTotalCents).reduce(0, Math::addExact);
	}

}
