package dev.centraldistribution.distributor.web.account;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import dev.centraldistribution.distributor.payments.PaymentGateway;
import dev.centraldistribution.distributor.web.security.Browser;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The card page. The card numbers used here are valid but not among the test cards the
 * page lists, so that finding one in a page means it leaked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class CardPageTests {

	/**
	 * The security code typed, standing alone: not the same four digits inside a longer
	 * number or hex string, such as a hash code or a random token that happens to contain
	 * them.
	 */
	private static final String TYPED_SECURITY_CODE = "(?<![0-9A-Za-z])9876(?![0-9A-Za-z])";

	static final String VISA = "4111 1111 1111 1111";

	static final List<String> LOGGERS = List.of("dev.centraldistribution", "org.springframework");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	PaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	Customer customer;

	Browser browser;

	String nextYear = String.valueOf(YearMonth.now(ZoneOffset.UTC).plusYears(1).getYear());

	@BeforeEach
	void signedIn() {
		this.customer = new CustomerFixtures(this.signUp).customer();
		this.browser = Browser.signedIn(this.mvc, this.customer);
		// Log everything while a card is handled: not even debug output may show a
		// number.
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, LogLevel.TRACE));
	}

	@AfterEach
	void quietLogs() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		LOGGERS.forEach((logger) -> logging.setLogLevel(logger, null));
	}

	@Test
	void documentsTheTestCards() {
		assertThat(this.browser.get("/account/card")).hasStatusOk()
			.bodyText()
			.contains("No card on file yet", "4242 4242 4242 4242", "4000 0000 0000 0002", "card declined",
					"4000 0000 0000 9995", "insufficient funds");
	}

	@Test
	void savesACardAndShowsItMaskedButNeverItsNumber(CapturedOutput output) {
		assertThat(addCard(VISA, "7", this.nextYear, "123")).hasRedirectedUrl("/account/card");

		String expiry = YearMonth.of(Integer.parseInt(this.nextYear), 7).format(DateTimeFormatter.ofPattern("MM/yyyy"));
		assertThat(this.browser.get("/account/card")).hasStatusOk()
			.bodyText()
			.contains("Card saved: Visa •••• 1111.", "Visa •••• 1111", expiry)
			.doesNotContain("4111111111111111", VISA, "value=\"123\"");
		assertThat(this.browser.get("/account")).bodyText().contains("Visa •••• 1111", expiry);
		assertThat(this.payments.cardOnFile(this.customer.id()))
			.hasValueSatisfying((card) -> assertThat(card.display()).isEqualTo("Visa •••• 1111"));
		assertThat(output).contains("put a card on file").doesNotContain("4111111111111111", VISA);
		assertNotInAnySession("4111111111111111", VISA);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Luhn           | 4111 1111 1111 1112         | This card number is not valid. Please check it for typos.
			length         | 4111 1111 1111 11           | Visa card numbers have 13, 16 or 19 digits.
			brand          | 9111 1111 1111 1111         | this number is none of them.
			letters        | 4111 1111 1111 111O         | A card number has digits only (spaces and dashes are fine).
			markup         | <script>alert(1)</script>   | A card number has digits only (spaces and dashes are fine).
			sql            | 4111' OR 1=1 --             | A card number has digits only (spaces and dashes are fine).
			""")
	void refusesABadNumberWithoutShowingItAgain(String problem, String number, String message, CapturedOutput output) {
		MvcTestResult result = addCard(number, "7", this.nextYear, "123");

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains(message, "For your safety we do not show the card number again.")
			.doesNotContain(number, number.replace(" ", ""), "value=\"123\"");
		assertThat(Browser.page(result)).containsPattern("<input [^>]*id=\"number\"(?![^>]*value=)[^>]*>");
		assertThat(output).doesNotContain(number.replace(" ", ""));
		assertThat(this.payments.cardOnFile(this.customer.id())).isEmpty();
	}

	@Test
	void refusesAnExpiredCardAndAWrongSecurityCode(CapturedOutput output) {
		YearMonth lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

		assertThat(addCard(VISA, String.valueOf(lastMonth.getMonthValue()), String.valueOf(lastMonth.getYear()), ""))
			.hasStatusOk()
			.bodyText()
			.contains("This card has expired.", "value=\"" + lastMonth.getMonthValue() + "\"")
			.doesNotContain("4111111111111111", VISA);
		assertThat(addCard(VISA, "13", this.nextYear, "")).bodyText()
			.contains("The expiry month is a number from 1 to 12.");
		assertThat(addCard(VISA, "7", this.nextYear, "9876")).bodyText()
			.contains("The security code is the 3 digits on the back of the card.")
			.doesNotContainPattern(TYPED_SECURITY_CODE);
		assertThat(output).doesNotContain("4111111111111111");
		assertThat(output.getAll()).doesNotContainPattern(TYPED_SECURITY_CODE);
		assertThat(this.payments.cardOnFile(this.customer.id())).isEmpty();
	}

	@Test
	void takesAmericanExpressWithAFourDigitCode() {
		assertThat(addCard("3714 496353 98431", "12", this.nextYear, "1234")).hasRedirectedUrl("/account/card");

		assertThat(this.browser.get("/account/card")).bodyText()
			.contains("American Express •••• 8431")
			.doesNotContain("371449635398431");
	}

	@Test
	void replacesAndRemovesTheCard() {
		addCard(VISA, "7", this.nextYear, "");
		addCard("5105 1051 0510 5100", "8", this.nextYear, "");

		assertThat(this.browser.get("/account/card")).bodyText()
			.contains("Mastercard •••• 5100", "Replace the card")
			.doesNotContain("Visa •••• 1111");

		assertThat(this.browser.post("/account/card/remove")).hasRedirectedUrl("/account/card");
		assertThat(this.browser.get("/account/card")).bodyText().contains("Card removed.", "No card on file yet");
		assertThat(this.payments.cardOnFile(this.customer.id())).isEmpty();
	}

	@Test
	void returnsToTheCheckoutButNeverToAnotherSite() {
		assertThat(this.browser.get("/account/card?returnTo=/checkout")).bodyText()
			.contains("name=\"returnTo\" value=\"/checkout\"", "you are back at your checkout");
		assertThat(addCard(VISA, "7", this.nextYear, "", "/checkout")).hasRedirectedUrl("/checkout");

		for (String elsewhere : List.of("//evil.example", "https://evil.example", "/\\evil.example", "/../admin")) {
			assertThat(addCard(VISA, "7", this.nextYear, "", elsewhere)).as(elsewhere)
				.hasRedirectedUrl("/account/card");
		}
	}

	@Test
	void saysWhatIsAndIsNotStored() {
		assertThat(this.browser.get("/account/card")).bodyText()
			.contains("last four digits", "expiry date", "do <strong>not</strong> keep the full card number",
					"<strong>never</strong> store the security code");
	}

	@Test
	void givesTheFocusToTheFirstFieldToFix() {
		assertThat(addCard("4242 4242 4242 4241", "13", "2020", "", null)).bodyText()
			.containsPattern("<input(?=[^>]*id=\"number\")[^>]*autofocus")
			.doesNotContainPattern("<input(?=[^>]*id=\"expiryMonth\")[^>]*autofocus");
		assertThat(addCard("4242 4242 4242 4242", "13", "2020", "", null)).bodyText()
			.containsPattern("<input(?=[^>]*id=\"expiryMonth\")[^>]*autofocus")
			.doesNotContainPattern("<input(?=[^>]*id=\"number\")[^>]*autofocus");
	}

	private MvcTestResult addCard(String number, String month, String year, String cvc) {
		return addCard(number, month, year, cvc, null);
	}

	private MvcTestResult addCard(String number, String month, String year, String cvc, String returnTo) {
		return this.browser.post("/account/card", "number", number, "expiryMonth", month, "expiryYear", year, "cvc",
				cvc, "returnTo", returnTo);
	}

	private void assertNotInAnySession(String... texts) {
		List<byte[]> attributes = this.jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query(byte[].class)
			.list();
		assertThat(attributes).isNotEmpty();
		for (String text : texts) {
			byte[] needle = text.getBytes(StandardCharsets.UTF_8);
			assertThat(attributes).noneMatch((bytes) -> new String(bytes, StandardCharsets.ISO_8859_1)
				.contains(new String(needle, StandardCharsets.ISO_8859_1)));
		}
	}

}
