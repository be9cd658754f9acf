package dev.centraldistribution.distributor.adapters;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a product of a snapshot must look like to be sold: bounds that keep absurd values
 * out of the catalog and fit the {@code offering} columns.
 */
final class ProductRules {

	/** Length of {@code offering.sku}. */
	static final int MAX_SKU_LENGTH = 64;

	/** Length of {@code offering.product_name}. */
	static final int MAX_NAME_LENGTH = 200;

	/** Length of {@code offering.description}. */
	static final int MAX_DESCRIPTION_LENGTH = 2000;

	/** Length of {@code offering.category}. */
	static final int MAX_CATEGORY_LENGTH = 60;

	/** More units than any manufacturer can hold is a data error. */
	static final long MAX_QUANTITY = 1_000_000_000L;

	/** Cumulative, so larger than a quantity; small enough to keep arithmetic exact. */
	static final long MAX_APPLIED_TOTAL = 1_000_000_000_000_000L;

	/** Ten million units of any currency. */
	static final long MAX_UNIT_PRICE_CENTS = 1_000_000_000L;

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private ProductRules() {
	}

	/**
	 * Whether a sku is a plain code: an ASCII letter or digit, then letters, digits,
	 * dots, dashes or underscores, {@value #MAX_SKU_LENGTH} characters at most. Checked a
	 * character at a time: a first pull reads 100,000 of them.
	 * @param sku the sku as received
	 * @return whether it can be stored and shown as it is
	 */
	static boolean isSku(String sku) {
		if (sku.isEmpty() || sku.length() > MAX_SKU_LENGTH || !isAsciiLetterOrDigit(sku.charAt(0))) {
			return false;
		}
		for (int i = 1; i < sku.length(); i++) {
			char c = sku.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/**
	 * Whether this is the code of a currency the JDK knows (all three upper-case
	 * letters).
	 * @param currency the code as received
	 * @return whether it is an ISO 4217 code
	 */
	static boolean isCurrency(String currency) {
		return CURRENCIES.contains(currency);
	}

	/**
	 * The name as it will be stored: control characters (NUL included, which PostgreSQL
	 * refuses) and runs of white space become one space, format characters (zero width,
	 * bidirectional overrides) and unpaired surrogates are dropped, ends are trimmed.
	 * Markup is kept as text: the web layer escapes everything it renders.
	 * @param name the name as received
	 * @return the cleaned name, possibly empty
	 */
	static String cleanName(String name) {
		return isClean(name) ? name : clean(name);
	}

	/**
	 * Printable ASCII with single inner spaces, as nearly every name is: nothing to
	 * clean.
	 */
	private static boolean isClean(String name) {
		int last = name.length() - 1;
		for (int i = 0; i <= last; i++) {
			char c = name.charAt(i);
			if (c == ' ') {
				if (i == 0 || i == last || name.charAt(i - 1) == ' ') {
					return false;
				}
			}
			else if (c < '!' || c > '~') {
				return false;
			}
		}
		return true;
	}

	private static String clean(String name) {
		StringBuilder clean = new StringBuilder(name.length());
		boolean pendingSpace = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
				appendPending(clean, pendingSpace);
				pendingSpace = false;
				clean.append(c).append(name.charAt(++i));
			}
			else if (Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
				continue;
			}
			else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
				pendingSpace = clean.length() > 0;
			}
			else {
				appendPending(clean, pendingSpace);
				pendingSpace = false;
				clean.append(c);
			}
		}
		return clean.toString();
	}

	private static void appendPending(StringBuilder clean, boolean pendingSpace) {
		if (pendingSpace) {
			clean.append(' ');
		}
	}

}
