package dev.centraldistribution.distributor.web.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	Customer customer;

	Browser browser;

	@BeforeEach
	void aCustomer() {
		this.customer = new CustomerFixtures(this.signUp).customer("Grace Hopper");
		this.browser = new Browser(this.mvc, Addresses.unique());
	}

	@Test
	void signsInWithTheEmailInAnyCaseAndLandsOnTheDashboard() {
		assertThat(this.browser.signIn(this.customer.email().toUpperCase(), CustomerFixtures.PASSWORD))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/dashboard");

		assertThat(this.browser.get("/account")).hasStatusOk()
			.bodyText()
			.contains("Grace Hopper", this.customer.email(), "Sign out");
	}

	@Test
	void returnsToThePageThatAskedForTheSignIn() {
		assertThat(this.browser.get("/account/card")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");

		assertThat(this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD)).hasStatus3xxRedirection()
			.redirectedUrl()
			.contains("/account/card");
	}

	@Test
	void saysTheSameForAWrongPasswordAndAnUnknownAccount() {
		assertThat(this.browser.signIn(this.customer.email(), "not the password")).hasRedirectedUrl("/login?error");
		assertThat(this.browser.get("/login?error")).hasStatusOk()
			.bodyText()
			.contains("Wrong e-mail address or password.", "value=\"" + this.customer.email() + "\"");

		assertThat(this.browser.signIn(CustomerFixtures.uniqueEmail(), "whatever it is"))
			.hasRedirectedUrl("/login?error");
		assertThat(this.browser.get("/login?error")).bodyText().contains("Wrong e-mail address or password.");
		assertThat(this.browser.get("/account")).hasStatus3xxRedirection();
	}

	@Test
	void escapesTheEmailItShowsAgain() {
		this.browser.signIn("\"><script>alert(1)</script>", "whatever it is");

		assertThat(this.browser.get("/login?error")).bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&quot;&gt;&lt;script&gt;");
	}

	@Test
	void givesTheSessionANewIdOnSignIn() {
		this.browser.get("/login");
		String before = this.browser.sessionCookie();
		assertThat(before).isNotNull();

		this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD);

		assertThat(this.browser.sessionCookie()).isNotNull().isNotEqualTo(before);
		Browser attacker = new Browser(this.mvc);
		attacker.useSessionCookie(before);
		assertThat(attacker.get("/account")).as("the id known before sign-in is worthless")
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

	@Test
	void signingOutEndsTheSessionAndDeletesTheCookie() {
		this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD);
		String signedIn = this.browser.sessionCookie();

		assertThat(this.browser.signOut()).hasRedirectedUrl("/login?logout")
			.cookies()
			.hasCookieSatisfying(Browser.SESSION_COOKIE, (cookie) -> assertThat(cookie.getMaxAge()).isZero());
		assertThat(this.browser.get("/login?logout")).bodyText().contains("You have signed out.");

		Browser stolen = new Browser(this.mvc);
		stolen.useSessionCookie(signedIn);
		assertThat(stolen.get("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void refusesFormsWithoutTheirCsrfToken() {
		assertThat(this.browser.postWithoutCsrfToken("/login", "username", this.customer.email(), "password",
				CustomerFixtures.PASSWORD))
			.hasStatus(403);
		assertThat(
				this.browser.postWithoutCsrfToken("/signup", "name", "Mallory", "email", CustomerFixtures.uniqueEmail(),
						"password", "a decent passphrase", "passwordConfirmation", "a decent passphrase"))
			.hasStatus(403);

		this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD);
		for (String form : List.of("/logout", "/account/profile", "/account/password", "/account/card",
				"/account/card/remove")) {
			assertThat(this.browser.postWithoutCsrfToken(form)).as(form).hasStatus(403);
		}
		assertThat(this.browser.get("/account")).as("still signed in").hasStatusOk();
	}

	@Test
	void acceptsTheCsrfTokenItsOwnPagesCarry() {
		assertThat(this.browser.postFromPage("/login", "/login", "username", this.customer.email(), "password",
				CustomerFixtures.PASSWORD))
			.hasRedirectedUrl("/dashboard");

		assertThat(this.browser.postFromPage("/account", "/logout")).hasRedirectedUrl("/login?logout");
	}

	@Test
	void keepsNoPasswordInTheStoredSession() {
		String wrongPassword = "wrong-" + UUID.randomUUID();
		this.browser.signIn(this.customer.email(), wrongPassword);
		this.browser.get("/login?error");
		this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD);
		this.browser.get("/account");

		List<byte[]> attributes = this.jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query(byte[].class)
			.list();

		assertThat(attributes).isNotEmpty();
		assertThat(attributes).noneMatch((bytes) -> contains(bytes, wrongPassword))
			.noneMatch((bytes) -> contains(bytes, CustomerFixtures.PASSWORD))
			.noneMatch((bytes) -> contains(bytes, "{bcrypt}"));
	}

	@Test
	void storesTheSessionInTheDatabaseUnderTheCustomersEmail() {
		this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD);
		this.browser.get("/account");

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", this.customer.email())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static boolean contains(byte[] bytes, String text) {
		return new String(bytes, StandardCharsets.ISO_8859_1)
			.contains(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
	}

}
