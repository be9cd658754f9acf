package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;

/**
 * A card on file as it may be shown: never the full number.
 *
 * @param brand e.g. "Visa"
 * @param lastFour the last four digits
 * @param expiry the month the card expires at the end of
 */
public record MaskedCard(String brand, String lastFour, YearMonth expiry) {

	/** For display: {@code Visa •••• 4242}. */
	public String display() {
		return this.brand + " •••• " + this.lastFour;
	}

	public boolean isExpiredAt(YearMonth month) {
		return this.expiry.isBefore(month);
	}

}
