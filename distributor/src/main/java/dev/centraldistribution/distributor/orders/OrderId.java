package dev.centraldistribution.distributor.orders;

import java.util.Optional;

/**
 * Identifies a customer's order.
 *
 * @param value the database id
 */
public record OrderId(long value) {

	public OrderId {
		if (value <= 0) {
			throw new IllegalArgumentException("An order id is positive, not " + value);
		}
	}

	/**
	 * Reads an order id typed by someone.
	 * @param text the id as text
	 * @return the id, empty unless the text is a positive whole number that fits
	 */
	public static Optional<OrderId> parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 19
				|| !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		try {
			long value = Long.parseLong(text);
			return (value > 0) ? Optional.of(new OrderId(value)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
