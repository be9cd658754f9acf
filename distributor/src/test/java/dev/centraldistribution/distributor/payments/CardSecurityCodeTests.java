package dev.centraldistribution.distributor.payments;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CardSecurityCodeTests {

	@Test
	void isOptional() {
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check(null, CardBrand.VISA));
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check("  ", CardBrand.VISA));
	}

	@Test
	void hasThreeDigitsExceptOnAmericanExpressWhereItHasFour() {
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check("123", CardBrand.VISA));
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check("1234", CardBrand.AMERICAN_EXPRESS));
		assertThatExceptionOfType(InvalidCardException.class)
			.isThrownBy(() -> CardSecurityCode.check("1234", CardBrand.VISA))
			.withMessage("The security code is the 3 digits on the back of the card.");
		assertThatExceptionOfType(InvalidCardException.class)
			.isThrownBy(() -> CardSecurityCode.check("123", CardBrand.AMERICAN_EXPRESS))
			.withMessage("The security code is the 4 digits on the front of the card.");
	}

	@Test
	void acceptsThreeOrFourDigitsWhenTheBrandIsUnknown() {
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check("123", null));
		assertThatNoException().isThrownBy(() -> CardSecurityCode.check("1234", null));
		assertThatExceptionOfType(InvalidCardException.class).isThrownBy(() -> CardSecurityCode.check("12", null))
			.withMessage("The security code has 3 or 4 digits.");
	}

	@Test
	void refusesAnythingButDigits() {
		for (String code : new String[] { "12a", "1 3", "<b>", "١٢٣", "12345" }) {
			assertThatExceptionOfType(InvalidCardException.class)
				.isThrownBy(() -> CardSecurityCode.check(code, CardBrand.MASTERCARD))
				.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex.field())
					.isEqualTo(InvalidCardException.SECURITY_CODE));
		}
	}

}
