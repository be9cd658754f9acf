package dev.centraldistribution.distributor.web.account;

import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerDirectory;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.web.security.Addresses;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SignUpPageTests {

	static final String PASSWORD = "a decent passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CustomerDirectory customers;

	@Autowired
	SignUp signUp;

	static final String WAIT = "Too many attempts from your network. Try again in 30 seconds.";

	Browser browser;

	@BeforeEach
	void aBrowser() {
		this.browser = new Browser(this.mvc, Addresses.unique());
	}

	@Test
	void opensTheAccountSignsInAndWelcomesTheCustomer() {
		String email = CustomerFixtures.uniqueEmail();
		this.browser.get("/signup");
		String anonymousSession = this.browser.sessionCookie();

		assertThat(signUp("Ada Lovelace", email, PASSWORD, PASSWORD)).hasRedirectedUrl("/dashboard");

		assertThat(this.browser.sessionCookie()).as("a new session id once signed in")
			.isNotNull()
			.isNotEqualTo(anonymousSession);
		assertThat(this.browser.get("/dashboard")).hasStatusOk()
			.bodyText()
			.contains("Welcome, Ada Lovelace! Your account is ready.", email);
		assertThat(this.customers.findByEmail(email))
			.hasValueSatisfying((customer) -> assertThat(customer.name()).isEqualTo("Ada Lovelace"));
		this.browser.signOut();
		assertThat(this.browser.signIn(email, PASSWORD)).hasRedirectedUrl("/dashboard");
	}

	@Test
	void acceptsNamesAndAddressesInAnyScript() {
		String email = "jörg-" + UUID.randomUUID() + "@exämple.de";

		assertThat(signUp("Jörg Müller 山田", email, "mein geheimes Passwört", "mein geheimes Passwört"))
			.hasRedirectedUrl("/dashboard");

		assertThat(this.browser.get("/account")).bodyText().contains("value=\"J&ouml;rg M&uuml;ller 山田\"", email);
	}

	@Test
	void rendersANameWithMarkupAsText() {
		String name = "<script>alert('hi')</script>";
		signUp(name, CustomerFixtures.uniqueEmail(), PASSWORD, PASSWORD);

		assertThat(this.browser.get("/account")).hasStatusOk()
			.bodyText()
			.doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;");
	}

	@Test
	void storesSqlLookingTextLiterally() {
		String email = CustomerFixtures.uniqueEmail();
		String name = "Robert'); DROP TABLE customer;--";

		assertThat(signUp(name, email, PASSWORD, PASSWORD)).hasRedirectedUrl("/dashboard");

		assertThat(this.customers.findByEmail(email)).map(Customer::name).contains(name);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					empty name          | ''                          | ok              | a decent passphrase | Enter your name.
					blank name          | '   '                       | ok              | a decent passphrase | Enter your name.
					over-long name      | xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | ok | a decent passphrase | A name has at most 100 characters.
					control characters  | 'Ada\u001B[31m'             | ok              | a decent passphrase | A name cannot contain control characters.
					missing email       | Ada                         | null            | a decent passphrase | Enter your e-mail address.
					empty email         | Ada                         | ''              | a decent passphrase | Enter your e-mail address.
					no domain           | Ada                         | ada@            | a decent passphrase | Enter an e-mail address like name@example.com.
					markup email        | Ada                         | <script>x</script>@example.com | a decent passphrase | Enter an e-mail address like name@example.com.
					sql email           | Ada                         | ''' OR 1=1 --@example.com' | a decent passphrase | Enter an e-mail address like name@example.com.
					over-long email     | Ada                         | long            | a decent passphrase | An e-mail address has at most 254 characters.
					missing password    | Ada                         | ok              | null                | Enter a password.
					short password      | Ada                         | ok              | 7chars!             | Use at least 8 characters.
					over-long password  | Ada                         | ok              | long                | Use at most 64 characters (fewer if you use accents or symbols).
					common password     | Ada                         | ok              | Password123         | This password is too easy to guess. Try a few unrelated words.
					""")
	void explainsEveryFieldItRefuses(String problem, String name, String email, String password, String message) {
		String typedEmail = switch (String.valueOf(email)) {
			case "ok" -> CustomerFixtures.uniqueEmail();
			case "long" -> "a".repeat(60) + "@" + "b".repeat(200) + ".com";
			default -> email;
		};
		String typedPassword = "long".equals(password) ? "long enough words ".repeat(4) : password;
		String typedName = (name != null) ? name.replace("\\u001B", "\u001B") : null;

		MvcTestResult result = signUp(typedName, typedEmail, typedPassword, typedPassword);

		assertThat(result).hasStatusOk().bodyText().contains(message, "Please check the fields marked below.");
		if (typedPassword != null && !typedPassword.isEmpty()) {
			assertThat(result).bodyText().doesNotContain(typedPassword);
		}
		assertThat(this.browser.get("/account")).as("not signed in").hasStatus3xxRedirection();
	}

	@Test
	void echoesWhatWasTypedEscapedButNeverThePassword() {
		String password = "my secret " + UUID.randomUUID();

		MvcTestResult result = signUp("<b>Ada</b>", "\"><script>alert(1)</script>", password, password);

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("value=\"&lt;b&gt;Ada&lt;/b&gt;\"", "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)", password);
	}

	@Test
	void catchesMistypedPasswordsAlongsideOtherProblems() {
		MvcTestResult result = signUp("", CustomerFixtures.uniqueEmail(), PASSWORD, PASSWORD + "!");

		assertThat(result).hasStatusOk().bodyText().contains("The two passwords differ.", "Enter your name.");
	}

	@Test
	void givesTheFocusToTheFirstFieldToFix() {
		assertThat(signUp("", "not an address", PASSWORD, PASSWORD)).bodyText()
			.containsPattern("<input(?=[^>]*id=\"name\")[^>]*autofocus")
			.doesNotContainPattern("<input(?=[^>]*id=\"email\")[^>]*autofocus");
		assertThat(signUp("Ada", CustomerFixtures.uniqueEmail(), PASSWORD, PASSWORD + "!")).bodyText()
			.containsPattern("<input(?=[^>]*id=\"passwordConfirmation\")[^>]*autofocus")
			.doesNotContainPattern("<input(?=[^>]*id=\"name\")[^>]*autofocus");
	}

	@Test
	void refusesAnEmailAlreadyUsedInAnotherCase() {
		Customer existing = new CustomerFixtures(this.signUp).customer();

		assertThat(signUp("Someone Else", existing.email().toUpperCase(), PASSWORD, PASSWORD)).hasStatusOk()
			.bodyText()
			.contains("An account with this e-mail address already exists. Sign in instead?");
	}

	@Test
	void saysThatAnAddressIsInUseTenTimesPerClientAddressThenMakesItWait() {
		Customer existing = new CustomerFixtures(this.signUp).customer();
		for (int answer = 1; answer <= 11; answer++) {
			assertThat(signUp("Prober", existing.email(), PASSWORD, PASSWORD)).bodyText()
				.contains("An account with this e-mail address already exists.");
		}

		String fresh = CustomerFixtures.uniqueEmail();
		assertThat(signUp("Prober", existing.email(), PASSWORD, PASSWORD)).hasStatusOk()
			.bodyText()
			.contains(WAIT)
			.doesNotContain("already exists");
		assertThat(signUp("Prober", fresh, PASSWORD, PASSWORD)).as("the same answer for an address not in use")
			.hasStatusOk()
			.bodyText()
			.contains(WAIT);
		assertThat(this.customers.findByEmail(fresh)).isEmpty();

		Browser elsewhere = new Browser(this.mvc, Addresses.unique());
		assertThat(elsewhere.post("/signup", "name", "Ada", "email", fresh, "password", PASSWORD,
				"passwordConfirmation", PASSWORD))
			.hasRedirectedUrl("/dashboard");
	}

	@Test
	void sendsSignedInCustomersToTheDashboard() {
		signUp("Ada", CustomerFixtures.uniqueEmail(), PASSWORD, PASSWORD);

		assertThat(this.browser.get("/signup")).hasRedirectedUrl("/dashboard");
		assertThat(this.browser.get("/login")).hasRedirectedUrl("/dashboard");
	}

	@Test
	void neverLogsAPasswordEvenWhenTracing(CapturedOutput output) {
		String email = CustomerFixtures.uniqueEmail();
		String password = "traced passphrase " + UUID.randomUUID();
		String wrongPassword = "wrong passphrase " + UUID.randomUUID();
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		List<String> loggers = List.of("dev.centraldistribution", "org.springframework");
		loggers.forEach((logger) -> logging.setLogLevel(logger, LogLevel.TRACE));
		try {
			signUp("Ada", email, password, password + "typo");
			signUp("Ada", email, password, password);
			this.browser.signOut();
			this.browser.signIn(email, wrongPassword);
			this.browser.signIn(email, password);
		}
		finally {
			loggers.forEach((logger) -> logging.setLogLevel(logger, null));
		}

		assertThat(output).contains("signed up", "Failed password check").doesNotContain(password, wrongPassword);
	}

	private MvcTestResult signUp(String name, String email, String password, String confirmation) {
		return this.browser.post("/signup", "name", name, "email", email, "password", password, "passwordConfirmation",
				confirmation);
	}

}
