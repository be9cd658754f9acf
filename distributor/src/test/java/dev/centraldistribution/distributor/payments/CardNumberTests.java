package dev.centraldistribution.distributor.payments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CardNumberTests {

	@ParameterizedTest
	@CsvSource({ "4242424242424242, VISA", "4222222222222, VISA", "4111111111111111110, VISA",
			"5555555555554444, MASTERCARD", "5105105105105100, MASTERCARD", "2223003122003222, MASTERCARD",
			"2720990000000007, MASTERCARD", "378282246310005, AMERICAN_EXPRESS", "371449635398431, AMERICAN_EXPRESS",
			"6011111111111117, DISCOVER", "6445644564456445, DISCOVER", "6221260000000000, DISCOVER",
			"30569309025904, DINERS_CLUB", "36227206271667, DINERS_CLUB", "3566002020360505, JCB" })
	void recognisesTheBrandOfValidNumbers(String digits, CardBrand brand) {
		CardNumber number = CardNumber.parse(digits);

		assertThat(number.brand()).isEqualTo(brand);
		assertThat(number.lastFour()).isEqualTo(digits.substring(digits.length() - 4));
	}

	@ParameterizedTest
	@ValueSource(strings = { "4242 4242 4242 4242", "4242-4242-4242-4242", " 4242424242424242 ",
			"4242\u00A04242\u00A04242\u00A04242", "3782 822463 10005" })
	void acceptsSpacesAndDashesBetweenDigits(String typed) {
		assertThat(CardNumber.parse(typed).lastFour()).isIn("4242", "0005");
	}

	@Test
	void passesTheLuhnCheckOnlyWithTheRightCheckDigit() {
		assertThat(CardNumber.passesLuhnCheck("79927398713")).isTrue();
		for (int digit = 0; digit <= 9; digit++) {
			assertThat(CardNumber.passesLuhnCheck("7992739871" + digit)).isEqualTo(digit == 3);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					4242424242424241    | This card number is not valid. Please check it for typos.
					4242424242424224    | This card number is not valid. Please check it for typos.
					42424242424242      | Visa card numbers have 13, 16 or 19 digits.
					555555555555444     | Mastercard card numbers have 16 digits.
					3782822463100051    | American Express card numbers have 15 digits.
					601111111111111     | Discover card numbers have 16 to 19 digits.
					2721000000000000    | We take Visa, Mastercard, American Express, Discover, Diners Club and JCB cards; this number is none of them.
					1234567812345670    | We take Visa, Mastercard, American Express, Discover, Diners Club and JCB cards; this number is none of them.
					42424242            | This card number is too short.
					42424242424242424242| This card number is too long.
					4242 4242 4242 424x | A card number has digits only (spaces and dashes are fine).
					'4242.4242.4242.4242' | A card number has digits only (spaces and dashes are fine).
					'<script>alert(1)</script>' | A card number has digits only (spaces and dashes are fine).
					''' OR 1=1 --'      | A card number has digits only (spaces and dashes are fine).
					４２４２４２４２４２４２４２４２ | A card number has digits only (spaces and dashes are fine).
					""")
	void refusesNumbersWithAMessageThatDoesNotRepeatThem(String typed, String message) {
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardNumber.parse(typed))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(InvalidCardException.NUMBER);
				assertThat(ex.getMessage()).isEqualTo(message).doesNotContain(typed.strip());
			});
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void asksForAMissingNumber(String typed) {
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardNumber.parse(typed))
			.withMessage("Enter the card number.");
	}

	@Test
	void refusesAbsurdlyLongInputBeforeLookingAtIt() {
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardNumber.parse("4".repeat(100_000)))
			.withMessage("This card number is too long.");
	}

	@Test
	void neverShowsTheFullNumber() {
		CardNumber number = CardNumber.parse("4242 4242 4242 4242");

		assertThat(number.toString()).isEqualTo("Visa •••• 4242").doesNotContain("42424242");
		assertThat(number).isNotInstanceOf(java.io.Serializable.class);
	}

	@Test
	void knowsTheDocumentedTestBehaviours() {
		assertThat(TestCardBehaviour.of(CardNumber.parse("4000 0000 0000 0002"))).isEqualTo(TestCardBehaviour.DECLINE);
		assertThat(TestCardBehaviour.of(CardNumber.parse("4000 0000 0000 9995")))
			.isEqualTo(TestCardBehaviour.INSUFFICIENT_FUNDS);
		assertThat(TestCardBehaviour.of(CardNumber.parse("4000 0000 0000 0069")))
			.isEqualTo(TestCardBehaviour.EXPIRED_CARD);
		assertThat(TestCardBehaviour.of(CardNumber.parse("4242 4242 4242 4242"))).isEqualTo(TestCardBehaviour.APPROVE);
	}

}
