package dev.centraldistribution.distributor.web.security;

import java.time.Duration;

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
 * Sign-in throttling through the sign-in form, with the default limits: 5 free failures
 * per account and address, 20 per address, then a wait of 30 s that doubles. The first
 * wait is the margin of these tests: a refused attempt follows the failure within
 * seconds.
 * <p>
 * Requests from 192.0.2.10 stand for nginx (the test settings trust it); any other
 * address is a client reaching the instance directly.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingTests {

	static final String WAIT = "Too many failed attempts. Try again in 30 seconds.";

	static final String WRONG = "Wrong e-mail address or password.";

	static final String NGINX = "192.0.2.10";

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
		assertThat(this.limits.freeFailuresPerAccountAndAddress()).isEqualTo(5);
		assertThat(this.limits.freeFailuresPerAddress()).isEqualTo(20);
		assertThat(this.limits.freeFailuresPerAccount()).isEqualTo(50);
		assertThat(this.limits.freeTakenAnswersPerAddress()).isEqualTo(10);
		assertThat(this.limits.firstBackoff()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.limits.maxBackoff()).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.limits.forgetAfter()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void theGuesserWaitsWhileTheOwnerSignsInFromElsewhere() {
		Customer owner = this.customers.customer();
		Browser guesser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 6; failure++) {
			failToSignIn(guesser, owner.email());
			assertThat(guesser.get("/login?error")).bodyText().contains(WRONG);
		}

		assertThat(guesser.signIn(owner.email(), CustomerFixtures.PASSWORD)).as("even the right password waits")
			.hasRedirectedUrl("/login?error");
		assertThat(guesser.get("/login?error")).bodyText().contains(WAIT);
		assertThat(guesser.get("/account")).hasStatus3xxRedirection();

		Browser ownersBrowser = new Browser(this.mvc, Addresses.unique());
		assertThat(ownersBrowser.signIn(owner.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void oneAddressTryingManyAccountsWaitsAndOthersDoNot() {
		Browser guesser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 21; failure++) {
			failToSignIn(guesser, CustomerFixtures.uniqueEmail());
		}
		Customer customer = this.customers.customer();

		assertThat(guesser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(guesser.get("/login?error")).bodyText().contains(WAIT);

		Browser elsewhere = new Browser(this.mvc, Addresses.unique());
		assertThat(elsewhere.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void aClientReachingAnInstanceDirectlyCannotPickItsAddress() {
		Browser direct = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 21; failure++) {
			direct.header("X-Forwarded-For", Addresses.unique());
			failToSignIn(direct, CustomerFixtures.uniqueEmail());
		}
		Customer customer = this.customers.customer();

		direct.header("X-Forwarded-For", Addresses.unique());
		assertThat(direct.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(direct.get("/login?error")).bodyText().contains(WAIT);
	}

	@Test
	void behindTheTrustedProxyEachClientCountsByItsOwnAddress() {
		String guesserAddress = Addresses.unique();
		Browser guesser = new Browser(this.mvc, NGINX).header("X-Forwarded-For", guesserAddress);
		for (int failure = 1; failure <= 21; failure++) {
			failToSignIn(guesser, CustomerFixtures.uniqueEmail());
		}
		Customer customer = this.customers.customer();

		assertThat(guesser.signIn(customer.email(), CustomerFixtures.PASSWORD)).redirectedUrl()
			.endsWith("/login?error");
		assertThat(guesser.get("/login?error")).bodyText().contains(WAIT);
		assertThat(this.jdbc.sql("select failures from sign_in_backoff where subject = :subject")
			.param("subject", SignInThrottle.addressSubject(guesserAddress))
			.query(Integer.class)
			.single()).isEqualTo(21);

		Browser neighbour = new Browser(this.mvc, NGINX).header("X-Forwarded-For", Addresses.unique());
		assertThat(neighbour.signIn(customer.email(), CustomerFixtures.PASSWORD)).redirectedUrl()
			.endsWith("/dashboard");
	}

	@Test
	void aSuccessfulSignInClearsTheCounterOfItsAccountAndAddress() {
		Customer customer = this.customers.customer();
		Browser browser = new Browser(this.mvc, Addresses.unique());
		for (int failure = 1; failure <= 5; failure++) {
			failToSignIn(browser, customer.email());
		}
		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
		browser.signOut();

		for (int failure = 1; failure <= 5; failure++) {
			failToSignIn(browser, customer.email());
		}

		assertThat(browser.signIn(customer.email(), CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void countsFailuresInTheDatabaseSharedByAllInstances() {
		Customer customer = this.customers.customer();
		String address = Addresses.unique();
		failToSignIn(new Browser(this.mvc, address), customer.email());
		failToSignIn(new Browser(this.mvc, address), customer.email().toUpperCase());

		String account = SignInThrottle.accountKey(customer.email());
		assertThat(failures(SignInThrottle.pairSubject(account, address))).isEqualTo(2);
		assertThat(failures(SignInThrottle.addressSubject(address))).isEqualTo(2);
		assertThat(failures(SignInThrottle.accountSubject(account))).isEqualTo(2);
	}

	private int failures(String subject) {
		return this.jdbc.sql("select failures from sign_in_backoff where subject = :subject")
			.param("subject", subject)
			.query(Integer.class)
			.single();
	}

	private static void failToSignIn(Browser browser, String email) {
		// Behind the proxy, redirects name the host the browser used: absolute.
		assertThat(browser.signIn(email, "not the password")).redirectedUrl().endsWith("/login?error");
	}

}
