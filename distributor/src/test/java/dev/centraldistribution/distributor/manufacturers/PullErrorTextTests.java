package dev.centraldistribution.distributor.manufacturers;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors shown on the admin page are short, printable and on one line.
 */
class PullErrorTextTests {

	@Test
	void keepsAShortMessageAsItIs() {
		assertThat(PullErrorText.sanitise("HTTP status 500")).isEqualTo("HTTP status 500");
	}

	@Test
	void turnsControlCharactersAndWhiteSpaceRunsIntoOneSpace() {
		assertThat(PullErrorText.sanitise("  line one\r\n\tline\u0000two\u202E ")).isEqualTo("line one line two");
	}

	@Test
	void cutsLongMessages() {
		String error = PullErrorText.sanitise("e".repeat(10_000));

		assertThat(error).hasSize(PullErrorText.MAX_LENGTH).endsWith("…");
	}

	@Test
	void neverStoresAnEmptyError() {
		assertThat(PullErrorText.sanitise(null)).isEqualTo("unknown error");
		assertThat(PullErrorText.sanitise("\u0000\n")).isEqualTo("unknown error");
	}

}
