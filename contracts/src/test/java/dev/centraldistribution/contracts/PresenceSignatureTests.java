package dev.centraldistribution.contracts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A presence message is accepted only with the signature of its exact bytes under the
 * shared secret.
 */
class PresenceSignatureTests {

	private static final String SECRET = "a-secret-of-some-length";

	private final PresenceSignature signature = new PresenceSignature(SECRET);

	private final byte[] body = "{\"manufacturerCode\":\"acme\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void acceptsTheSignatureOfTheSameBytes() {
		String signed = this.signature.sign(this.body);

		assertThat(signed).startsWith("sha256=");
		assertThat(new PresenceSignature(SECRET).matches(this.body.clone(), signed)).isTrue();
	}

	@Test
	void refusesAnotherSecretOrAChangedBody() {
		String signed = this.signature.sign(this.body);
		byte[] changed = this.body.clone();
		changed[changed.length - 2] = 'b';

		assertThat(new PresenceSignature(SECRET + "!").matches(this.body, signed)).isFalse();
		assertThat(this.signature.matches(changed, signed)).isFalse();
		assertThat(this.signature.matches(" ".getBytes(StandardCharsets.UTF_8), signed)).isFalse();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "sha256=", "sha256=!!not base64!!", "sha1=AAAA", "sha256=AAAA" })
	void refusesMissingOrMalformedSignatures(String given) {
		assertThat(this.signature.matches(this.body, given)).isFalse();
	}

	@Test
	void refusesShortSecrets() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PresenceSignature("short"))
			.withMessageContaining("at least 16");
		assertThatIllegalArgumentException().isThrownBy(() -> new PresenceSignature(null));
	}

}
