package dev.centraldistribution.distributor.web.errors;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The error page over a real server (Tomcat forwards errors to it; MockMvc does not): a
 * mistake of the visitor's says what happened in plain words and never that something
 * went wrong on the shop's side.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientErrorsInPlainWordsTests {

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	SignUp signUp;

	final HttpClient anonymous = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anAddressThatIsNoPageIsNotFoundEvenBeforeSigningIn() throws Exception {
		HttpResponse<String> response = get(this.anonymous, "/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body())
			.contains("<title>Page not found · Central Distribution</title>", "We could not find that page.",
					"Back to the dashboard")
			.doesNotContain("on our side");
	}

	@Test
	void aPageOfAnotherKindOfAccountIsNotAllowed() throws Exception {
		HttpResponse<String> response = get(signedIn(), "/admin");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("You are not allowed to do that.").doesNotContain("on our side");
	}

	@Test
	void aFormAddressOpenedAsAPageCannotBeDoneThere() throws Exception {
		HttpResponse<String> response = get(signedIn(), "/cart/fit");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("That cannot be done at this address.").doesNotContain("on our side");
	}

	private HttpClient signedIn() throws IOException, InterruptedException {
		Customer customer = new CustomerFixtures(this.signUp).customer();
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		Matcher token = CSRF_FIELD.matcher(get(browser, "/login").body());
		assertThat(token.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=" + encode(customer.email()) + "&password=" + encode(CustomerFixtures.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/dashboard"));
		return browser;
	}

	private HttpResponse<String> get(HttpClient client, String target) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(target)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String target) {
		return URI.create("http://127.0.0.1:" + this.port + target);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
