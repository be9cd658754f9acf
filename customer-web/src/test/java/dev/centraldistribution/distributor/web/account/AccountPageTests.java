package dev.centraldistribution.distributor.web.account;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
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
class AccountPageTests {

	static final String NEW_PASSWORD = "an even better passphrase";

	static final String WAIT = "Too many failed attempts. Try again in 30 seconds.";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	JdbcClient jdbc;

	Customer customer;

	Browser browser;

	@BeforeEach
	void signedIn() {
		this.customer = new CustomerFixtures(this.signUp).customer("Ada Lovelace");
		this.browser = Browser.signedIn(this.mvc, this.customer);
	}

	@Test
	void showsTheDetailsAndLeadsToTheCardPage() {
		assertThat(this.browser.get("/account")).hasStatusOk()
			.bodyText()
			.contains("value=\"Ada Lovelace\"", "value=\"" + this.customer.email() + "\"",
					"No card on file yet: you need one to buy.", "href=\"/account/card\"");
	}

	@Test
	void aWrongCurrentPasswordCountsLikeAFailedSignIn() {
		for (int failure = 1; failure <= 3; failure++) {
			assertThat(this.browser.post("/account/password", "currentPassword", "not it " + failure, "newPassword",
					NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD))
				.bodyText()
				.contains("That is not your current password.");
			assertThat(this.browser.post("/account/profile", "name", "Ada", "email", CustomerFixtures.uniqueEmail(),
					"currentPassword", "nor this " + failure))
				.bodyText()
				.contains("That is not your current password.");
		}

		assertThat(this.browser.post("/account/password", "currentPassword", CustomerFixtures.PASSWORD, "newPassword",
				NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD))
			.as("even the right password waits")
			.hasStatusOk()
			.bodyText()
			.contains(WAIT);
		assertThat(this.browser.signOut()).hasRedirectedUrl("/login?logout");
		assertThat(this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD)).as("so does signing in here")
			.hasRedirectedUrl("/login?error");

		Browser elsewhere = new Browser(this.mvc, Addresses.unique());
		assertThat(elsewhere.signIn(this.customer.email(), CustomerFixtures.PASSWORD)).as("the password is unchanged")
			.hasRedirectedUrl("/dashboard");
	}

	@Test
	void changesTheNameAndTheSignedInPrincipalWithIt() {
		assertThat(
				this.browser.post("/account/profile", "name", "Countess of Lovelace", "email", this.customer.email()))
			.hasRedirectedUrl("/account");

		assertThat(this.browser.get("/account")).bodyText()
			.contains("Your details are saved.", "value=\"Countess of Lovelace\"");
	}

	@Test
	void changesTheEmailWithThePasswordAndTheSessionFollows() {
		String newEmail = CustomerFixtures.uniqueEmail();

		assertThat(this.browser.post("/account/profile", "name", "Ada", "email", newEmail, "currentPassword",
				CustomerFixtures.PASSWORD))
			.hasRedirectedUrl("/account");

		assertThat(this.browser.get("/account")).bodyText()
			.contains("id=\"account-link\" title=\"" + newEmail + "\"",
					"class=\"name-end\">" + newEmail.substring(newEmail.length() - 12) + "<");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", newEmail)
			.query(Long.class)
			.single()).isEqualTo(1);
		this.browser.signOut();
		assertThat(this.browser.signIn(newEmail, CustomerFixtures.PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void explainsWhyItRefusesAProfileChange() {
		Customer other = new CustomerFixtures(this.signUp).customer();

		assertThat(this.browser.post("/account/profile", "name", "", "email", "nonsense")).hasStatusOk()
			.bodyText()
			.contains("Enter your name.", "Enter an e-mail address like name@example.com.", "value=\"nonsense\"");
		assertThat(this.browser.post("/account/profile", "name", "Ada", "email", CustomerFixtures.uniqueEmail()))
			.hasStatusOk()
			.bodyText()
			.contains("Enter your current password to change your e-mail address.");
		assertThat(this.browser.post("/account/profile", "name", "Ada", "email", CustomerFixtures.uniqueEmail(),
				"currentPassword", "not my password"))
			.hasStatusOk()
			.bodyText()
			.contains("That is not your current password.")
			.doesNotContain("not my password");
		assertThat(this.browser.post("/account/profile", "name", "Ada", "email", other.email().toUpperCase(),
				"currentPassword", CustomerFixtures.PASSWORD))
			.hasStatusOk()
			.bodyText()
			.contains("Another account uses this e-mail address.");
		assertThat(this.browser.get("/account")).bodyText().contains("value=\"Ada Lovelace\"");
	}

	@Test
	void changesThePasswordAndSignsOutTheCustomersOtherSessions() {
		Browser otherDevice = Browser.signedIn(this.mvc, this.customer);
		assertThat(otherDevice.get("/account")).hasStatusOk();
		String before = this.browser.sessionCookie();

		assertThat(this.browser.post("/account/password", "currentPassword", CustomerFixtures.PASSWORD, "newPassword",
				NEW_PASSWORD, "newPasswordConfirmation", NEW_PASSWORD))
			.hasRedirectedUrl("/account");

		assertThat(this.browser.get("/account")).hasStatusOk().bodyText().contains("Your password is changed.");
		assertThat(this.browser.sessionCookie()).isNotEqualTo(before);
		assertThat(otherDevice.get("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		this.browser.signOut();
		assertThat(this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD))
			.hasRedirectedUrl("/login?error");
		assertThat(this.browser.signIn(this.customer.email(), NEW_PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void explainsWhyItRefusesAPasswordChangeWithoutShowingAnyPassword() {
		assertThat(this.browser.post("/account/password", "currentPassword", "wrong one", "newPassword", "qwertyuiop",
				"newPasswordConfirmation", "qwertyuiop"))
			.hasStatusOk()
			.bodyText()
			.contains("That is not your current password.",
					"This password is too easy to guess. Try a few unrelated words.")
			.doesNotContain("wrong one", "qwertyuiop");
		assertThat(this.browser.post("/account/password", "currentPassword", CustomerFixtures.PASSWORD, "newPassword",
				NEW_PASSWORD, "newPasswordConfirmation", "something else"))
			.hasStatusOk()
			.bodyText()
			.contains("The two new passwords differ.")
			.doesNotContain(NEW_PASSWORD, CustomerFixtures.PASSWORD);
		this.browser.signOut();
		assertThat(this.browser.signIn(this.customer.email(), CustomerFixtures.PASSWORD))
			.hasRedirectedUrl("/dashboard");
	}

}
