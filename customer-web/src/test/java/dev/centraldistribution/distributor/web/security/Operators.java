package dev.centraldistribution.distributor.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The operator every test context has (distributor.operator.* in the test settings).
 */
public final class Operators {

	public static final String EMAIL = "operator@localhost";

	public static final String PASSWORD = "a long operator passphrase";

	private Operators() {
	}

	/** A browser of its own client address, signed in as the operator. */
	public static Browser signedIn(org.springframework.test.web.servlet.assertj.MockMvcTester mvc) {
		Browser browser = new Browser(mvc, Addresses.unique());
		String next = browser.signIn(EMAIL, PASSWORD).getResponse().getRedirectedUrl();
		if (next == null || !next.endsWith("/admin")) {
			throw new IllegalStateException("Signing in as the operator led to " + next);
		}
		return browser;
	}

	/** The {@code Authorization} header of HTTP Basic with these credentials. */
	public static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
