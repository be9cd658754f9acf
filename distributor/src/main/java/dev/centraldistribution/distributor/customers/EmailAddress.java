package dev.centraldistribution.distributor.customers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as customers sign in with it: kept as typed (trimmed, Unicode
 * normalised) and compared case-insensitively through its {@link #key()}.
 *
 * @param value the address
 */
public record EmailAddress(String value) {

	/** The longest address SMTP can carry. */
	public static final int MAX_LENGTH = 254;

	private static final int MAX_LOCAL_PART_LENGTH = 64;

	private static final Pattern LOCAL_PART = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]+");

	private static final Pattern DOMAIN = Pattern
		.compile("(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]");

	public EmailAddress {
		value = normalise(value);
		problemWith(value).ifPresent((problem) -> {
			throw new IllegalArgumentException(problem);
		});
	}

	/**
	 * Parses what a customer typed.
	 * @param text the address
	 * @return the address
	 * @throws IllegalArgumentException when it is not a plausible address, with a message
	 * a customer may read
	 */
	public static EmailAddress of(String text) {
		return new EmailAddress(text);
	}

	/** The lower-cased form addresses are unique by. */
	public String key() {
		return keyOf(this.value);
	}

	/**
	 * The key of any text, valid address or not, for look-ups.
	 * @param text an address as typed
	 * @return trimmed, normalised and lower-cased; empty for {@code null}
	 */
	public static String keyOf(String text) {
		return normalise(text).toLowerCase(Locale.ROOT);
	}

	/**
	 * What is wrong with an address, if anything.
	 * @param text the address as typed
	 * @return a message a customer may read, or empty when the address is plausible
	 */
	public static Optional<String> problemWith(String text) {
		String address = normalise(text);
		if (address.isEmpty()) {
			return Optional.of("Enter your e-mail address.");
		}
		if (address.length() > MAX_LENGTH) {
			return Optional.of("An e-mail address has at most " + MAX_LENGTH + " characters.");
		}
		int at = address.lastIndexOf('@');
		String localPart = (at > 0) ? address.substring(0, at) : "";
		String domain = address.substring(at + 1);
		if (!isLocalPart(localPart) || !DOMAIN.matcher(domain).matches()) {
			return Optional.of("Enter an e-mail address like name@example.com.");
		}
		return Optional.empty();
	}

	private static boolean isLocalPart(String text) {
		return !text.isEmpty() && text.length() <= MAX_LOCAL_PART_LENGTH && LOCAL_PART.matcher(text).matches()
				&& !text.startsWith(".") && !text.endsWith(".") && !text.contains("..");
	}

	private static String normalise(String text) {
		return (text != null) ? Normalizer.normalize(text.strip(), Normalizer.Form.NFC) : "";
	}

	@Override
	public String toString() {
		return this.value;
	}

}
