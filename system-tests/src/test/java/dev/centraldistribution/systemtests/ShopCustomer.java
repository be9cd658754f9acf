package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer of the web shop, as a browser would be one: a cookie jar, the CSRF field
 * taken from each form it loads, form posts, and redirects read rather than followed.
 */
final class ShopCustomer {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern CHECKOUT_TOKEN = Pattern.compile("name=\"token\"\\s+value=\"([^\"]+)\"");

	private static final Pattern ORDER_LOCATION = Pattern.compile("/orders/(\\d+)$");

	private final URI shop;

	private final HttpClient http;

	private final String email;

	ShopCustomer(URI shop, String email) {
		this.shop = shop;
		this.email = email;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
	}

	String email() {
		return this.email;
	}

	/** Signs up (which signs in) and puts an always-approved test card on file. */
	ShopCustomer signUpWithCard() {
		String csrf = csrfOf(get("/signup"));
		expectRedirect(post("/signup", Map.of("_csrf", csrf, "name", "Drill Customer", "email", this.email, "password",
				"drill-Passw0rd-42", "passwordConfirmation", "drill-Passw0rd-42")), "/dashboard");
		csrf = csrfOf(get("/account/card"));
		expectRedirect(post("/account/card", Map.of("_csrf", csrf, "number", "4242424242424242", "expiryMonth", "12",
				"expiryYear", "2035", "cvc", "123")), "/account");
		return this;
	}

	/**
	 * Opens the live dashboard's event stream on the given server (nginx or one
	 * instance), with this customer's session cookie.
	 */
	EventStream dashboardUpdates(URI server) {
		return new EventStream(this.http, server.resolve("/dashboard/updates"));
	}

	void addToCart(long offering, int quantity) {
		String csrf = csrfOf(get("/cart"));
		expectRedirect(post("/cart/lines",
				Map.of("_csrf", csrf, "offering", Long.toString(offering), "quantity", Integer.toString(quantity))),
				"");
	}

	/**
	 * Opens the checkout page and confirms it, as one click. Returns the order placed, or
	 * empty when the shop answered with its shortage page.
	 */
	Optional<Long> checkOut() {
		HttpResponse<String> form = get("/checkout");
		if (form.statusCode() != 200) {
			throw new UnexpectedAnswer("GET /checkout", form);
		}
		return confirmCheckout(csrfOf(form), tokenOf(form));
	}

	/** Submits a checkout form already loaded: a repeat submits the same token. */
	Optional<Long> confirmCheckout(String csrf, String token) {
		HttpResponse<String> placed = post("/checkout", Map.of("_csrf", csrf, "token", token, "mode", "all"));
		if (placed.statusCode() == 409) {
			return Optional.empty();
		}
		String location = expectRedirect(placed, "/orders/");
		Matcher order = ORDER_LOCATION.matcher(location);
		if (!order.find()) {
			throw new UnexpectedAnswer("POST /checkout", placed);
		}
		return Optional.of(Long.parseLong(order.group(1)));
	}

	/** After a shortage: lower the cart to what is left (the shop's own button). */
	void fitCartToStock() {
		String csrf = csrfOf(get("/cart"));
		expectRedirect(post("/checkout/fit-cart", Map.of("_csrf", csrf)), "/dashboard");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(this.shop.resolve(path)).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		String body = new LinkedHashMap<>(form).entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(this.shop.resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UnexpectedAnswer(request.build().method() + " " + request.build().uri() + ": " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	static String csrfOf(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		if (page.statusCode() != 200 || !csrf.find()) {
			throw new UnexpectedAnswer("a form with a CSRF field", page);
		}
		return csrf.group(1);
	}

	static String tokenOf(HttpResponse<String> checkoutPage) {
		Matcher token = CHECKOUT_TOKEN.matcher(checkoutPage.body());
		if (!token.find()) {
			throw new UnexpectedAnswer("a checkout token", checkoutPage);
		}
		return token.group(1);
	}

	private static String expectRedirect(HttpResponse<String> response, String locationContains) {
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || !location.contains(locationContains)) {
			throw new UnexpectedAnswer("a redirect to " + locationContains, response);
		}
		return location;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** The shop answered something a customer would call an error. */
	static final class UnexpectedAnswer extends RuntimeException {

		UnexpectedAnswer(String message) {
			super(message);
		}

		UnexpectedAnswer(String expected, HttpResponse<String> response) {
			super("Expected " + expected + " from " + response.request().method() + " " + response.request().uri()
					+ " but got " + response.statusCode() + " "
					+ response.headers().firstValue("Location").map(l -> "-> " + l).orElse("")
					+ abbreviate(response.body()));
		}

		private static String abbreviate(String body) {
			String text = body.replaceAll("\\s+", " ");
			return text.isEmpty() ? "" : " body: " + text.substring(0, Math.min(300, text.length()));
		}

	}

}
