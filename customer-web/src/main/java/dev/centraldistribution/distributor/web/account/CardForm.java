package dev.centraldistribution.distributor.web.account;

/**
 * The card form as typed. The number and the security code are used once to check and
 * register the card, and never shown again, not even when the form has errors.
 *
 * @param number the card number, spaces and dashes allowed
 * @param expiryMonth 1 to 12
 * @param expiryYear as printed on the card
 * @param cvc the security code, optional
 * @param returnTo where to go once the card is saved, e.g. {@code /checkout}
 */
record CardForm(String number, String expiryMonth, String expiryYear, String cvc, String returnTo) {

	@Override
	public String toString() {
		return "CardForm[number=[PROTECTED], expiryMonth=" + this.expiryMonth + ", expiryYear=" + this.expiryYear
				+ ", cvc=[PROTECTED]]";
	}

}
