package dev.centraldistribution.distributor.payments;

/**
 * The rules for the security code (CVC) on a card. The code is optional here, checked
 * when given, and never stored or logged.
 */
public final class CardSecurityCode {

	private CardSecurityCode() {
	}

	/**
	 * Checks the code a customer typed, if any.
	 * @param code the code, blank when not given
	 * @param brand the card's brand, {@code null} when the number was not valid (then 3
	 * or 4 digits pass)
	 * @throws InvalidCardException when the code is not the brand's count of digits
	 */
	public static void check(String code, CardBrand brand) {
		String value = (code != null) ? code.strip() : "";
		if (value.isEmpty()) {
			return;
		}
		boolean digitsOnly = value.chars().allMatch((character) -> character >= '0' && character <= '9');
		boolean rightLength = (brand != null) ? value.length() == brand.securityCodeLength()
				: value.length() == 3 || value.length() == 4;
		if (!digitsOnly || !rightLength) {
			throw new InvalidCardException(InvalidCardException.SECURITY_CODE, messageFor(brand));
		}
	}

	private static String messageFor(CardBrand brand) {
		if (brand == null) {
			return "The security code has 3 or 4 digits.";
		}
		return (brand == CardBrand.AMERICAN_EXPRESS) ? "The security code is the 4 digits on the front of the card."
				: "The security code is the 3 digits on the back of the card.";
	}

}
