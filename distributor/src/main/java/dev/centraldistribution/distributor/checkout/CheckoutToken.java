package dev.centraldistribution.distributor.checkout;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Issued with each checkout form and sent back with it: one token places at most one
 * order, however often the form is submitted (invariant 5).
 *
 * @param value a random UUID in text
 */
public record CheckoutToken(String value) {

	private static final Pattern FORMAT = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	public CheckoutToken {
		if (value == null || !FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a checkout token");
		}
	}

	static CheckoutToken random() {
		return new CheckoutToken(UUID.randomUUID().toString());
	}

	/**
	 * Reads a token sent back by a browser.
	 * @param text the token as sent
	 * @return the token, empty when the text cannot be one
	 */
	public static Optional<CheckoutToken> parse(String text) {
		return (text != null && FORMAT.matcher(text).matches()) ? Optional.of(new CheckoutToken(text))
				: Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
