package dev.centraldistribution.distributor.adapters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Skus, currencies and names as the catalog accepts them.
 */
class ProductRulesTests {

	@ParameterizedTest
	@ValueSource(
			strings = { "BOLT-M8", "a", "sku_1.2", "0123456789012345678901234567890123456789012345678901234567890123" })
	void acceptsPlainSkus(String sku) {
		assertThat(ProductRules.isSku(sku)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "-BOLT", "BOLT M8", "BOLT\u0000", "<script>", "BOLT/M8", "ÉCROU", "_BOLT", ".BOLT",
			"BOLT:M8", "BOLT\u00A0M8", "01234567890123456789012345678901234567890123456789012345678901234" })
	void refusesSkusThatAreNotPlainCodes(String sku) {
		assertThat(ProductRules.isSku(sku)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "EUR", "USD", "JPY", "CHF" })
	void acceptsIsoCurrencies(String currency) {
		assertThat(ProductRules.isCurrency(currency)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "eur", "EURO", "XYZ", "E1R", "€" })
	void refusesAnythingElseAsCurrency(String currency) {
		assertThat(ProductRules.isCurrency(currency)).isFalse();
	}

	@Test
	void keepsMarkupAsText() {
		assertThat(ProductRules.cleanName("<script>alert('x')</script> & <b>Bolt</b>"))
			.isEqualTo("<script>alert('x')</script> & <b>Bolt</b>");
	}

	@Test
	void turnsControlCharactersAndWhiteSpaceRunsIntoOneSpaceAndTrims() {
		assertThat(ProductRules.cleanName("\u0000 Bolt\r\n\tM8\u0007 \u0085")).isEqualTo("Bolt M8");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "Bolt M8|Bolt M8", "\" Bolt M8\"|Bolt M8",
			"\"Bolt M8 \"|Bolt M8", "\"Bolt  M8\"|Bolt M8", "\"  \"|\"\"", "~!Bolt|~!Bolt", "Bolt\u007FM8|Bolt M8" })
	void leavesPlainNamesAsTheyAreAndTrimsSpaces(String name, String stored) {
		assertThat(ProductRules.cleanName(name)).isEqualTo(stored);
	}

	@Test
	void dropsFormatCharactersAndUnpairedSurrogates() {
		assertThat(ProductRules.cleanName("Bo\u200Blt\u202Egnp.exe\uD800")).isEqualTo("Boltgnp.exe");
	}

	@Test
	void keepsLettersOfEveryScriptAndEmoji() {
		assertThat(ProductRules.cleanName("Écrou 螺母 \uD83D\uDD29")).isEqualTo("Écrou 螺母 \uD83D\uDD29");
	}

}
