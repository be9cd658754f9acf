package dev.centraldistribution.distributor.payments;

/**
 * A card number that passed every check: digits only, a brand the shop takes, a length
 * that brand issues, and the Luhn checksum. Never stored, logged or kept in a session:
 * {@link #toString()} shows the masked form and the class is deliberately not
 * serialisable.
 */
public final class CardNumber {

	/** Longer input is refused before it is looked at. */
	static final int MAX_INPUT_LENGTH = 40;

	private static final int MIN_DIGITS = 12;

	private static final int MAX_DIGITS = 19;

	private final String digits;

	private final CardBrand brand;

	private CardNumber(String digits, CardBrand brand) {
		this.digits = digits;
		this.brand = brand;
	}

	/**
	 * Checks what a customer typed.
	 * @param text the number, spaces and dashes allowed between digits
	 * @return the number
	 * @throws InvalidCardException saying what is wrong, without the number
	 */
	public static CardNumber parse(String text) {
		if (text == null || text.isBlank()) {
			throw invalid("Enter the card number.");
		}
		if (text.length() > MAX_INPUT_LENGTH) {
			throw invalid("This card number is too long.");
		}
		String digits = digitsOf(text);
		if (digits.length() < MIN_DIGITS) {
			throw invalid("This card number is too short.");
		}
		if (digits.length() > MAX_DIGITS) {
			throw invalid("This card number is too long.");
		}
		CardBrand brand = CardBrand.of(digits)
			.orElseThrow(
					() -> invalid("We take " + CardBrand.allDisplayNames() + " cards; this number is none of them."));
		if (!brand.issuesLength(digits.length())) {
			throw invalid(brand.displayName() + " card numbers have " + brand.lengthsInWords() + " digits.");
		}
		if (!passesLuhnCheck(digits)) {
			throw invalid("This card number is not valid. Please check it for typos.");
		}
		return new CardNumber(digits, brand);
	}

	public CardBrand brand() {
		return this.brand;
	}

	public String lastFour() {
		return this.digits.substring(this.digits.length() - 4);
	}

	/** The digits, for the gateway's test behaviours only. */
	String digits() {
		return this.digits;
	}

	static boolean passesLuhnCheck(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	private static String digitsOf(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char character = text.charAt(i);
			if (character >= '0' && character <= '9') {
				digits.append(character);
			}
			else if (!isSeparator(character)) {
				throw invalid("A card number has digits only (spaces and dashes are fine).");
			}
		}
		return digits.toString();
	}

	private static boolean isSeparator(char character) {
		return character == ' ' || character == '-' || character == '\u00A0' || character == '\t';
	}

	private static InvalidCardException invalid(String message) {
		return new InvalidCardException(InvalidCardException.NUMBER, message);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CardNumber number && number.digits.equals(this.digits);
	}

	@Override
	public int hashCode() {
		return this.digits.hashCode();
	}

	@Override
	public String toString() {
		return this.brand.displayName() + " •••• " + lastFour();
	}

}
