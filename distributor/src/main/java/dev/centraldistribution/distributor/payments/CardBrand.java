package dev.centraldistribution.distributor.payments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The card brands the shop takes, recognised by the first digits of the number (the
 * issuer identification number) and checked against the lengths each brand issues.
 */
public enum CardBrand {

	VISA("Visa", 3, List.of(13, 16, 19), range(4, 4)),

	MASTERCARD("Mastercard", 3, List.of(16), range(51, 55), range(2221, 2720)),

	AMERICAN_EXPRESS("American Express", 4, List.of(15), range(34, 34), range(37, 37)),

	DISCOVER("Discover", 3, List.of(16, 17, 18, 19), range(6011, 6011), range(644, 649), range(65, 65),
			range(622126, 622925)),

	DINERS_CLUB("Diners Club", 3, List.of(14, 15, 16, 17, 18, 19), range(300, 305), range(3095, 3095), range(36, 36),
			range(38, 39)),

	JCB("JCB", 3, List.of(16, 17, 18, 19), range(3528, 3589));

	private final String displayName;

	private final int securityCodeLength;

	private final List<Integer> lengths;

	private final List<PrefixRange> prefixes;

	CardBrand(String displayName, int securityCodeLength, List<Integer> lengths, PrefixRange... prefixes) {
		this.displayName = displayName;
		this.securityCodeLength = securityCodeLength;
		this.lengths = lengths;
		this.prefixes = List.of(prefixes);
	}

	/** The brand as customers know it, e.g. "Visa". */
	public String displayName() {
		return this.displayName;
	}

	/** How many digits the security code (CVC) of this brand has. */
	public int securityCodeLength() {
		return this.securityCodeLength;
	}

	/** Whether the brand issues numbers of this many digits. */
	public boolean issuesLength(int digits) {
		return this.lengths.contains(digits);
	}

	/**
	 * The brand a card number belongs to.
	 * @param digits the number, digits only
	 * @return the brand, empty when the number belongs to none the shop takes
	 */
	public static Optional<CardBrand> of(String digits) {
		return Arrays.stream(values())
			.filter((brand) -> brand.prefixes.stream().anyMatch((prefix) -> prefix.matches(digits)))
			.findFirst();
	}

	/**
	 * The brand a card is stored with.
	 * @param displayName as returned by {@link #displayName()}
	 * @return the brand
	 */
	static CardBrand fromDisplayName(String displayName) {
		return Arrays.stream(values())
			.filter((brand) -> brand.displayName.equals(displayName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown card brand " + displayName));
	}

	String lengthsInWords() {
		List<String> words = this.lengths.stream().map(String::valueOf).toList();
		if (words.size() == 1) {
			return words.get(0);
		}
		if (isContiguous()) {
			return words.get(0) + " to " + words.get(words.size() - 1);
		}
		return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", ")) + " or "
				+ words.get(words.size() - 1);
	}

	private boolean isContiguous() {
		return this.lengths.get(this.lengths.size() - 1) - this.lengths.get(0) == this.lengths.size() - 1;
	}

	static String allDisplayNames() {
		List<String> names = Arrays.stream(values()).map(CardBrand::displayName).toList();
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static PrefixRange range(int from, int to) {
		return new PrefixRange(from, to);
	}

	/**
	 * Numbers starting with a prefix between two bounds that have the same count of
	 * digits.
	 */
	private record PrefixRange(int from, int to) {

		boolean matches(String digits) {
			int length = String.valueOf(this.from).length();
			if (digits.length() < length) {
				return false;
			}
			int prefix = Integer.parseInt(digits.substring(0, length));
			return prefix >= this.from && prefix <= this.to;
		}

	}

}
