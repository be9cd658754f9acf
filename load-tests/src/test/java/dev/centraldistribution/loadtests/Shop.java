package dev.centraldistribution.loadtests;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The web shop as a browser sees it, as Gatling chains: each form post carries the
 * {@code _csrf} field of the page it came from (Spring Security changes the token when a
 * customer signs in), redirects are checked rather than followed. The same forms and
 * redirects as system-tests' {@code ShopCustomer}.
 */
final class Shop {

	static final String PASSWORD = "load-Passw0rd-42";

	/** Accounts signed up during this run, for later customers who log in instead. */
	private static final Queue<String> ACCOUNTS = new ConcurrentLinkedQueue<>();

	private Shop() {
	}

	static HttpProtocolBuilder protocol(String baseUrl) {
		return http.baseUrl(baseUrl)
			.disableFollowRedirect()
			.acceptHeader("text/html,application/xhtml+xml")
			.acceptLanguageHeader("en")
			.userAgentHeader("central-distribution-load-tests");
	}

	/** Saves the page's CSRF field as {@code csrf}. */
	static CheckBuilder csrf() {
		return regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"").saveAs("csrf");
	}

	static CheckBuilder redirectTo(String locationContains) {
		return header("Location").transform((location) -> location.contains(locationContains))
			.is(true)
			.name("redirect to " + locationContains);
	}

	/**
	 * Signs up with a new, unique e-mail (which signs in) and puts the test card on file.
	 */
	static ChainBuilder signUpWithCard() {
		return exec((session) -> session.set("email", "load-" + UUID.randomUUID() + "@example.com"))
			.exec(http("sign-up form").get("/signup").check(status().is(200), csrf()))
			.exec(http("sign up").post("/signup")
				.formParam("_csrf", "#{csrf}")
				.formParam("name", "Load Customer")
				.formParam("email", "#{email}")
				.formParam("password", PASSWORD)
				.formParam("passwordConfirmation", PASSWORD)
				.check(status().is(302), redirectTo("/dashboard")))
			.exec(http("card form").get("/account/card").check(status().is(200), csrf()))
			.exec(http("add card").post("/account/card")
				.formParam("_csrf", "#{csrf}")
				.formParam("number", "4242424242424242")
				.formParam("expiryMonth", "12")
				.formParam("expiryYear", "2035")
				.formParam("cvc", "123")
				.check(status().is(302), redirectTo("/account")))
			.exec((session) -> {
				ACCOUNTS.add(session.getString("email"));
				return session;
			});
	}

	/** Takes an account an earlier customer of this run signed up with, if any. */
	static Session takeAccount(Session session) {
		String email = ACCOUNTS.poll();
		return (email != null) ? session.set("email", email).set("returning", true) : session.set("returning", false);
	}

	/** Logs in with the {@code email} of the session, then gives the account back. */
	static ChainBuilder logIn() {
		return exec(http("login form").get("/login").check(status().is(200), csrf()))
			.exec(http("log in").post("/login")
				.formParam("_csrf", "#{csrf}")
				.formParam("username", "#{email}")
				.formParam("password", PASSWORD)
				.check(status().is(302), redirectTo("/dashboard")))
			.exec((session) -> {
				ACCOUNTS.add(session.getString("email"));
				return session;
			});
	}

	/** The dashboard, remembering the offerings on it as {@code offerings}. */
	static ChainBuilder dashboard(String name, String query) {
		return exec(http(name).get("/dashboard" + query)
			.check(status().is(200), csrf(),
					regex("name=\"offering\"\\s+value=\"(\\d+)\"").findAll().optional().saveAs("offerings")));
	}

	static ChainBuilder addRandomOffering(int maxQuantity) {
		return exec((session) -> {
			List<String> offerings = session.contains("offerings") ? session.getList("offerings") : List.of();
			if (offerings.isEmpty()) {
				return session.remove("offering");
			}
			ThreadLocalRandom random = ThreadLocalRandom.current();
			return session.set("offering", offerings.get(random.nextInt(offerings.size())))
				.set("quantity", 1 + random.nextInt(maxQuantity));
		}).doIf((session) -> session.contains("offering")).then(addToCart("#{offering}", "#{quantity}"));
	}

	static ChainBuilder addToCart(String offering, String quantity) {
		return exec(http("add to cart").post("/cart/lines")
			.formParam("_csrf", "#{csrf}")
			.formParam("offering", offering)
			.formParam("quantity", quantity)
			.check(status().is(302)));
	}

	/** The cart page, remembering its lines' remove forms as {@code lines}. */
	static ChainBuilder viewCart() {
		return exec(http("cart").get("/cart")
			.check(status().is(200), csrf(), regex("/cart/lines/(\\d+)/remove").findAll().optional().saveAs("lines")));
	}

	static ChainBuilder removeRandomLine() {
		return viewCart().exec((session) -> {
			List<String> lines = session.contains("lines") ? session.getList("lines") : List.of();
			return lines.isEmpty() ? session.remove("line")
					: session.set("line", lines.get(ThreadLocalRandom.current().nextInt(lines.size())));
		})
			.doIf((session) -> session.contains("line"))
			.then(exec(http("remove from cart").post("/cart/lines/#{line}/remove")
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), redirectTo("/cart"))));
	}

	/**
	 * Opens the checkout page and confirms it (everything or nothing): an order, or the
	 * shortage page (409), after which the customer lowers the cart to what is left. An
	 * empty cart sends the customer back to the cart page instead.
	 */
	static ChainBuilder checkOut() {
		return exec(http("checkout form").get("/checkout")
			.check(status().in(200, 302).saveAs("checkoutStatus"),
					regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"").optional().saveAs("csrf"),
					regex("name=\"token\"\\s+value=\"([^\"]+)\"").optional().saveAs("token")))
			.doIf((session) -> session.getInt("checkoutStatus") == 200 && session.contains("token"))
			.then(exec(http("checkout").post("/checkout")
				.formParam("_csrf", "#{csrf}")
				.formParam("token", "#{token}")
				.formParam("mode", "all")
				.check(status().in(302, 409).saveAs("placedStatus"),
						header("Location").optional().saveAs("orderLocation")))
				.doIf((session) -> session.getInt("placedStatus") == 409)
				.then(exec(http("fit cart to stock").post("/checkout/fit-cart")
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302), redirectTo("/dashboard"))))
				.exec((session) -> session.remove("token")));
	}

	static ChainBuilder orderHistory() {
		return exec(http("order history").get("/orders").check(status().is(200)))
			.doIf((session) -> session.contains("orderLocation")
					&& session.getString("orderLocation").contains("/orders/"))
			.then(exec(
					http("order").get((session) -> path(session.getString("orderLocation"))).check(status().is(200))));
	}

	/** The path of an absolute or relative Location header. */
	static String path(String location) {
		int scheme = location.indexOf("://");
		return (scheme < 0) ? location : location.substring(location.indexOf('/', scheme + 3));
	}

}
