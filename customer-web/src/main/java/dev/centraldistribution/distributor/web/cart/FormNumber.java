package dev.centraldistribution.distributor.web.cart;

import java.util.Optional;
import java.util.OptionalInt;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * Reads numbers typed into forms: plain digits only, anything else is no number.
 */
final class FormNumber {

	private FormNumber() {
	}

	static OptionalInt quantity(String text) {
		if (!isDigits(text, 9)) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(Integer.parseInt(text.strip()));
	}

	static Optional<OfferingId> offering(String text) {
		if (!isDigits(text, 18)) {
			return Optional.empty();
		}
		long value = Long.parseLong(text.strip());
		return (value > 0) ? Optional.of(new OfferingId(value)) : Optional.empty();
	}

	private static boolean isDigits(String text, int maxLength) {
		if (text == null) {
			return false;
		}
		String stripped = text.strip();
		return !stripped.isEmpty() && stripped.length() <= maxLength
				&& stripped.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

}
