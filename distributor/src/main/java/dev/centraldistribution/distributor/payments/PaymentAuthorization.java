package dev.centraldistribution.distributor.payments;

/**
 * The gateway's answer to a {@link ChargeRequest}.
 *
 * @param approved whether the charge was authorised
 * @param reference the gateway's reference of an approved authorisation, {@code null}
 * when declined
 * @param declineReason why it was declined, in words a customer may see; {@code null}
 * when approved
 */
public record PaymentAuthorization(boolean approved, String reference, String declineReason) {

	/** The decline reason when the customer has no card on file. */
	public static final String NO_CARD = "No card on file";

	public static PaymentAuthorization approved(String reference) {
		return new PaymentAuthorization(true, reference, null);
	}

	public static PaymentAuthorization declined(String reason) {
		return new PaymentAuthorization(false, null, reason);
	}

	/** Whether it was declined because there is no card to charge. */
	public boolean lacksCard() {
		return !this.approved && NO_CARD.equals(this.declineReason);
	}

}
