package dev.centraldistribution.distributor.customers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "Ada Lovelace", "Zoë Ünal-O'Brien", "山田 太郎", "Ἀριστοτέλης", "<script>alert(1)</script>",
			"Robert'); DROP TABLE customer;--", "👩‍🔬 Marie" })
	void acceptsAnyScriptAndPunctuation(String name) {
		assertThat(CustomerName.problemWith(name)).isEmpty();
	}

	@Test
	void tidiesWhitespace() {
		assertThat(CustomerName.normalise("  Ada \t  Lovelace\n")).isEqualTo("Ada Lovelace");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n\t" })
	void asksForAMissingName(String name) {
		assertThat(CustomerName.problemWith(name)).contains("Enter your name.");
	}

	@Test
	void refusesOverLongNames() {
		assertThat(CustomerName.problemWith("a".repeat(100))).isEmpty();
		assertThat(CustomerName.problemWith("a".repeat(101))).contains("A name has at most 100 characters.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada\u0000", "Ada\u001B[31m", "evil\u202Egnp.exe", "Ada\u2066Lovelace" })
	void refusesControlCharactersAndDirectionOverrides(String name) {
		assertThat(CustomerName.problemWith(name)).contains("A name cannot contain control characters.");
	}

}
