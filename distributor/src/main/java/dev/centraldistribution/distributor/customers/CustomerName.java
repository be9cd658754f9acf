package dev.centraldistribution.distributor.customers;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for the name a customer is greeted with: any script, any punctuation, but no
 * control characters and no invisible text-direction tricks.
 */
public final class CustomerName {

	/** The longest name kept. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private CustomerName() {
	}

	/**
	 * The name as it is stored: trimmed, inner whitespace collapsed, Unicode normalised.
	 * @param text the name as typed
	 * @return the name, empty for {@code null}
	 */
	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
	}

	/**
	 * What is wrong with a name, if anything.
	 * @param text the name as typed
	 * @return a message a customer may read, or empty when the name is fine
	 */
	public static Optional<String> problemWith(String text) {
		String name = normalise(text);
		if (name.isBlank()) {
			return Optional.of("Enter your name.");
		}
		if (name.length() > MAX_LENGTH) {
			return Optional.of("A name has at most " + MAX_LENGTH + " characters.");
		}
		if (FORBIDDEN.matcher(name).find()) {
			return Optional.of("A name cannot contain control characters.");
		}
		return Optional.empty();
	}

}
