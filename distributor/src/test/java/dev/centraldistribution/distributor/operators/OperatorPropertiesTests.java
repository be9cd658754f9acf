package dev.centraldistribution.distributor.operators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OperatorPropertiesTests {

	@Test
	void isNotConfiguredWithoutEither() {
		assertThat(new OperatorProperties(null, null).configured()).isFalse();
		assertThat(new OperatorProperties(" ", "").configured()).isFalse();
	}

	@Test
	void wantsBothOrNeither() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OperatorProperties("operator@localhost", null))
			.withMessageContaining("DISTRIBUTOR_OPERATOR_PASSWORD")
			.withMessageEndingWith("only the e-mail address is set");
		assertThatIllegalArgumentException().isThrownBy(() -> new OperatorProperties(null, "a long passphrase"))
			.withMessageEndingWith("only the password is set");
	}

	@Test
	void wantsAnAddressLikeNameAtHost() {
		assertThat(new OperatorProperties(" operator@localhost ", "a long passphrase").email())
			.isEqualTo("operator@localhost");
		assertThatIllegalArgumentException().isThrownBy(() -> new OperatorProperties("operator", "a long passphrase"))
			.withMessageContaining("name@host");
	}

	@Test
	void neverShowsThePassword() {
		assertThat(new OperatorProperties("operator@localhost", "a long passphrase").toString())
			.doesNotContain("a long passphrase");
	}

}
