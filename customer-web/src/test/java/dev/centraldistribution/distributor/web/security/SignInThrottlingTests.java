package dev.centraldistribution.distributor.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

/**
 * The limits are the defaults: 5 failures per account and 20 per client address within 15
 * minutes lock for 15 minutes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingTests {

	static final String LOCKED = "Too many failed attempts, try again in 15 minutes.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignInThrottleProperties limits;

	CustomerFixtures customers;

	@BeforeEach
	void fixtures() {
		this.customers = new CustomerFixtures(this.signUp);
	}

	@Test
	void usesTheDocumentedLimits() {
		assertThat(this.limits.maxFailuresPerAccount()).isEqualTo(5);
		assertThat(this.limits.maxFailuresPerAddress()).isEqualTo(20);
		assertThat(this.limits.window()).hasMinutes(15);
		assertThat(this.limits.lockout()).hasMinutes(15);
	}

	@Test
	void locksAnAccountAfterFiveFailuresWhereverTheyComeFrom() {
		Customer customer = this.customers.customer();
		for (int failure = 1; failure <= 4; failure++) {
			failToSignIn(new Browser(this.mvc, Addresses.unique()), customer.email().toUpperCase());
		}
		Browser browser = new Browser(this.mvc, Addresses.unique());
		failToSignIn(browser, customer.email());
		assertThat(browser.get("/login?error")).bodyText().contains("Wrong e-mail address or password.");

		Browser owner = new Browser(this.mvc, Addresses.unique());
		assertThat(owner.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(owner.get("/login?error")).bodyText().contains(LOCKED);
		assertThat(owner.get("/account")).hasStatus3xxRedirection();
	}

	@Test
	void locksAClientAddressAfterTwentyFailuresWhicheverAccounts() {
		Browser attacker = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 20; failure++) {
			failToSignIn(attacker, CustomerFixtures.uniqueEmail());
		}
		Customer customer = this.customers.customer();

		assertThat(attacker.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(attacker.get("/login?error")).bodyText().contains(LOCKED);

		Browser elsewhere = new Browser(this.mvc, Addresses.unique());
		assertThat(elsewhere.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCounter() {
		Customer customer = this.customers.customer();
		Browser browser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 4; failure++) {
			failToSignIn(browser, customer.email());
		}
		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
		browser.signOut();

		for (int failure = 1; failure <= 4; failure++) {
			failToSignIn(browser, customer.email());
		}

		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void letsTheAccountInAgainOnceTheLockoutIsOver() {
		Customer customer = this.customers.customer();
		Browser browser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 5; failure++) {
			failToSignIn(browser, customer.email());
		}
		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/login?error");

		this.jdbc.sql("update sign_in_throttle set locked_until = :past where subject = :subject")
			.param("past", OffsetDateTime.ofInstant(Instant.now().minusSeconds(1), ZoneOffset.UTC))
			.param("subject", SignInThrottle.account(customer.email()))
			.update();

		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void countsFailuresInTheDatabaseSharedByAllInstances() {
		Customer customer = this.customers.customer();
		String address = Addresses.unique();
		failToSignIn(new Browser(this.mvc, address), customer.email());
		failToSignIn(new Browser(this.mvc, address), customer.email());

		assertThat(this.jdbc.sql("select failures from sign_in_throttle where subject = :subject")
			.param("subject", SignInThrottle.account(customer.email()))
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("select failures from sign_in_throttle where subject = :subject")
			.param("subject", SignInThrottle.address(address))
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private static void failToSignIn(Browser browser, String email) {
		assertThat(browser.signIn(email, "not the password")).hasRedirectedUrl("/login?error");
	}

}
