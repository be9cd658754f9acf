package dev.centraldistribution.distributor.cart;

import java.util.Optional;

/**
 * Identifies one line of a cart.
 *
 * @param value the database id
 */
public record CartLineId(long value) {

	public CartLineId {
		if (value <= 0) {
			throw new IllegalArgumentException("A cart line id is positive, not " + value);
		}
	}

	/**
	 * Reads a cart line id typed by someone.
	 * @param text the id as text
	 * @return the id, empty unless the text is a positive whole number that fits
	 */
	public static Optional<CartLineId> parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 19
				|| !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		try {
			long value = Long.parseLong(text);
			return (value > 0) ? Optional.of(new CartLineId(value)) : Optional.empty();
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
