package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;

/**
 * The rules for the expiry date printed on a card: a card is good until the end of its
 * expiry month.
 */
public final class CardExpiry {

	/** Cards are not issued for longer than this. */
	static final int MAX_YEARS_AHEAD = 20;

	private CardExpiry() {
	}

	/**
	 * Checks what a customer typed.
	 * @param month 1 to 12, e.g. "7" or "07"
	 * @param year as printed, e.g. "28" or "2028"
	 * @param currentMonth the month it is now
	 * @return the month the card expires at the end of
	 * @throws InvalidCardException when the date is missing, malformed, past or absurdly
	 * far ahead
	 */
	public static YearMonth parse(String month, String year, YearMonth currentMonth) {
		int monthValue = number(month, "Enter the expiry month.", "The expiry month is a number from 1 to 12.");
		if (monthValue < 1 || monthValue > 12) {
			throw invalid("The expiry month is a number from 1 to 12.");
		}
		String yearText = (year != null) ? year.strip() : "";
		int yearValue = number(yearText, "Enter the expiry year.", "Enter the expiry year as on the card, e.g. 28.");
		if (yearText.length() == 2) {
			yearValue += 2000;
		}
		else if (yearText.length() != 4) {
			throw invalid("Enter the expiry year as on the card, e.g. 28.");
		}
		YearMonth expiry = YearMonth.of(yearValue, monthValue);
		if (expiry.isBefore(currentMonth)) {
			throw invalid("This card has expired.");
		}
		if (expiry.isAfter(currentMonth.plusYears(MAX_YEARS_AHEAD))) {
			throw invalid("This expiry date is too far ahead. Please check it.");
		}
		return expiry;
	}

	private static int number(String text, String whenMissing, String whenMalformed) {
		String value = (text != null) ? text.strip() : "";
		if (value.isEmpty()) {
			throw invalid(whenMissing);
		}
		if (value.length() > 4 || !value.chars().allMatch((character) -> character >= '0' && character <= '9')) {
			throw invalid(whenMalformed);
		}
		return Integer.parseInt(value);
	}

	private static InvalidCardException invalid(String message) {
		return new InvalidCardException(InvalidCardException.EXPIRY, message);
	}

}
