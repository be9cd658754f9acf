package dev.centraldistribution.distributor.sync;

import java.util.Currency;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a product of a snapshot must look like to be sold: bounds that keep absurd values
 * out of the catalog and fit the {@code offering} columns.
 */
final class ProductRules {

	/** Letters, digits, dot, dash, underscore; fits {@code offering.sku}. */
	static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	/** Length of {@code offering.product_name}. */
	static final int MAX_NAME_LENGTH = 200;

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

	static boolean isSku(String sku) {
		return SKU.matcher(sku).matches();
	}

	static boolean isCurrency(String currency) {
		return currency.length() == 3 && currency.chars().allMatch((c) -> c >= 'A' && c <= 'Z')
				&& CURRENCIES.contains(currency);
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
