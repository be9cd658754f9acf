package dev.centraldistribution.distributor.payments;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CardExpiryTests {

	static final YearMonth NOW = YearMonth.of(2026, 11);

	@ParameterizedTest
	@CsvSource({ "11, 26, 2026-11", "11, 2026, 2026-11", "1, 27, 2027-01", "01, 2027, 2027-01",
			"' 11 ', ' 46 ', 2046-11" })
	void acceptsThisMonthAndLaterInEitherYearForm(String month, String year, YearMonth expected) {
		assertThat(CardExpiry.parse(month, year, NOW)).isEqualTo(expected);
	}

	@Test
	void aCardExpiringThisMonthIsStillGoodButNotOneFromLastMonth() {
		assertThat(CardExpiry.parse("11", "2026", NOW)).isEqualTo(NOW);
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardExpiry.parse("10", "2026", NOW))
			.withMessage("This card has expired.");
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardExpiry.parse("12", "2025", NOW))
			.withMessage("This card has expired.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			null | 28   | Enter the expiry month.
			''   | 28   | Enter the expiry month.
			0    | 28   | The expiry month is a number from 1 to 12.
			13   | 28   | The expiry month is a number from 1 to 12.
			-1   | 28   | The expiry month is a number from 1 to 12.
			ab   | 28   | The expiry month is a number from 1 to 12.
			99999999999 | 28 | The expiry month is a number from 1 to 12.
			12   | null | Enter the expiry year.
			12   | 202  | Enter the expiry year as on the card, e.g. 28.
			12   | 2    | Enter the expiry year as on the card, e.g. 28.
			12   | 20x8 | Enter the expiry year as on the card, e.g. 28.
			12   | 2047 | This expiry date is too far ahead. Please check it.
			""")
	void refusesMissingMalformedAndAbsurdDates(String month, String year, String message) {
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardExpiry.parse(month, year, NOW))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(InvalidCardException.EXPIRY));
	}

}
