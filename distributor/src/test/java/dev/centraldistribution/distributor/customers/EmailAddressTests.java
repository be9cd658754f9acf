package dev.centraldistribution.distributor.customers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmailAddressTests {

	@Test
	void keepsTheAddressAsTypedButComparesItLowerCased() {
		EmailAddress address = EmailAddress.of("  Ada.Lovelace@Example.COM ");

		assertThat(address.value()).isEqualTo("Ada.Lovelace@Example.COM");
		assertThat(address.key()).isEqualTo("ada.lovelace@example.com");
		assertThat(EmailAddress.keyOf("ADA.LOVELACE@example.com")).isEqualTo(address.key());
	}

	@Test
	void normalisesUnicodeSoThatTheSameLettersGiveTheSameKey() {
		String composed = "j\u00F6rg@example.de";
		String decomposed = "jo\u0308rg@example.de";

		assertThat(EmailAddress.keyOf(decomposed)).isEqualTo(EmailAddress.keyOf(composed));
		assertThat(EmailAddress.of("J\u00D6RG@EXAMPLE.DE").key()).isEqualTo(composed);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada@example.com", "ada+shop@example.co.uk", "o'brien@example.ie", "x@a-b.example",
			"jörg@exämple.de", "用户@例子.广告" })
	void acceptsPlausibleAddresses(String address) {
		assertThat(EmailAddress.problemWith(address)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void asksForAMissingAddress(String address) {
		assertThat(EmailAddress.problemWith(address)).contains("Enter your e-mail address.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada@exa mple.com",
			"ada lovelace@example.com", ".ada@example.com", "ada.@example.com", "a..da@example.com",
			"<script>alert(1)</script>@example.com", "ada@example.com<script>", "' OR 1=1 --@example.com",
			"ada@example.com'; drop table customer; --", "ada@-example.com", "ada@example.c", "ada\u0000@example.com",
			"\"ada\"@example.com" })
	void refusesWhatIsNotAnAddress(String address) {
		assertThat(EmailAddress.problemWith(address)).contains("Enter an e-mail address like name@example.com.");
		assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(address));
	}

	@Test
	void refusesOverLongAddresses() {
		String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
		assertThat(longest).hasSize(254);
		assertThat(EmailAddress.problemWith(longest)).isEmpty();
		assertThat(EmailAddress.problemWith("a" + longest)).contains("An e-mail address has at most 254 characters.");
		assertThat(EmailAddress.problemWith("a".repeat(65) + "@example.com"))
			.contains("Enter an e-mail address like name@example.com.");
	}

}
