package dev.centraldistribution.distributor.customers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	static final String EMAIL = "Ada.Lovelace@Example.com";

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery staple", "8charsOK", "Zwölf Boxkämpfer jagen Viktor",
			"пароль-не-угадать", "🙂🙃🙂🙃🙂🙃🙂🙃", "        a long phrase with spaces    " })
	void acceptsLongEnoughUncommonPasswordsWithoutCompositionRules(String password) {
		assertThat(this.policy.problemWith(password, EMAIL)).isEmpty();
	}

	@ParameterizedTest
	@NullAndEmptySource
	void asksForAMissingPassword(String password) {
		assertThat(this.policy.problemWith(password, EMAIL)).contains("Enter a password.");
	}

	@Test
	void needsAtLeastEightCharacters() {
		assertThat(this.policy.problemWith("Sh0rt!x", EMAIL)).contains("Use at least 8 characters.");
		assertThat(this.policy.problemWith("Sh0rt!xy", EMAIL)).isEmpty();
		assertThat(this.policy.problemWith("🙂🙃🙂🙃🙂🙃🙂", EMAIL)).as("seven emoji are seven characters")
			.contains("Use at least 8 characters.");
	}

	@Test
	void refusesMoreThanSixtyFourCharactersOrSeventyTwoBytes() {
		String longest = "abcdefghij".repeat(6) + "klmn";
		assertThat(this.policy.problemWith(longest, EMAIL)).isEmpty();
		assertThat(this.policy.problemWith(longest + "o", EMAIL))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("Use at most 64 characters"));
		assertThat(this.policy.problemWith("ä".repeat(37), EMAIL)).as("74 bytes in UTF-8")
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("Use at most 64 characters"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "password", "PASSWORD", "Password1", "password123!", "12345678", "123456789", "qwertyuiop",
			"iloveyou", "iloveyou2", "sunshine!", "football", "trustno1", "1q2w3e4r", "abcdefgh", "zxcvbnm1",
			"Welcome2024", "aaaaaaaaaaaa", "########", "ada.lovelace@example.com", "ADA.LOVELACE" })
	void refusesPasswordsAttackersTryFirst(String password) {
		assertThat(this.policy.problemWith(password, EMAIL))
			.contains("This password is too easy to guess. Try a few unrelated words.");
	}

	@Test
	void shipsAFewHundredCommonPasswordsAtLeast() {
		assertThat(new PasswordPolicy()).extracting("commonPasswords")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.collection(String.class))
			.hasSizeGreaterThan(1000)
			.contains("password", "12345678", "qwertyuiop", "iloveyou");
	}

	@Test
	void neverRepeatsThePasswordInItsMessages() {
		for (String password : new String[] { "short", "password1", "x".repeat(100) }) {
			assertThat(this.policy.problemWith(password, EMAIL))
				.hasValueSatisfying((problem) -> assertThat(problem).doesNotContain(password));
		}
	}

}
