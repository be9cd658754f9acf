package dev.centraldistribution.distributor.web.security;

import java.io.UnsupportedEncodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A browser over MockMvc: keeps the session cookie between requests, like a real one, so
 * that tests go through the real sign-in and the sessions stored in the database.
 * Requests come from one client address, {@code 127.0.0.1} unless told otherwise.
 */
public final class Browser {

	static final String SESSION_COOKIE = "SESSION";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final MockMvcTester mvc;

	private final String address;

	/** The cookies this browser keeps: the session's and the flash notice's. */
	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	/** Headers sent with every request, such as those a proxy adds. */
	private final Map<String, String> headers = new LinkedHashMap<>();

	public Browser(MockMvcTester mvc) {
		this(mvc, "127.0.0.1");
	}

	public Browser(MockMvcTester mvc, String address) {
		this.mvc = mvc;
		this.address = address;
	}

	/**
	 * A browser of its own client address, signed in as the customer through the sign-in
	 * form.
	 * @throws IllegalStateException if signing in does not lead to the dashboard
	 */
	public static Browser signedIn(MockMvcTester mvc, Customer customer) {
		Browser browser = new Browser(mvc, Addresses.unique());
		String next = browser.signIn(customer.email(), CustomerFixtures.PASSWORD).getResponse().getRedirectedUrl();
		if (next == null || !next.endsWith("/dashboard")) {
			throw new IllegalStateException("Signing in as " + customer.email() + " led to " + next);
		}
		return browser;
	}

	/** Sends the header with every request from now on (replacing an earlier value). */
	public Browser header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public MvcTestResult get(String uri) {
		return send(this.mvc.get().uri(uri));
	}

	/**
	 * Opens an event stream as {@code EventSource} would, without waiting for it to end.
	 */
	public MvcTestResult getAsync(String uri) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get().uri(uri).accept(MediaType.TEXT_EVENT_STREAM);
		request.with(this::fromThisBrowser);
		return keepCookies(request.asyncExchange());
	}

	/** Posts a form with a valid CSRF token. */
	public MvcTestResult post(String uri, String... namesAndValues) {
		return send(form(this.mvc.post().uri(uri), namesAndValues).with(csrf()));
	}

	/** Posts a form as a forged request from another site would: without a CSRF token. */
	public MvcTestResult postWithoutCsrfToken(String uri, String... namesAndValues) {
		return send(form(this.mvc.post().uri(uri), namesAndValues));
	}

	/** Posts a form with the CSRF token that the page at {@code pageUri} carries. */
	public MvcTestResult postFromPage(String pageUri, String uri, String... namesAndValues) {
		String page = page(get(pageUri));
		Matcher token = CSRF_FIELD.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on " + pageUri);
		}
		return send(form(this.mvc.post().uri(uri), namesAndValues).param("_csrf", token.group(1)));
	}

	public MvcTestResult signIn(String email, String password) {
		return post("/login", "username", email, "password", password);
	}

	public MvcTestResult signOut() {
		return post("/logout");
	}

	/** The text of a response. */
	public static String page(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The session cookie's value, {@code null} when there is no session. */
	public String sessionCookie() {
		Cookie session = this.cookies.get(SESSION_COOKIE);
		return (session != null) ? session.getValue() : null;
	}

	/** Continues with another browser's session cookie, e.g. an old one. */
	public void useSessionCookie(String value) {
		this.cookies.put(SESSION_COOKIE, new Cookie(SESSION_COOKIE, value));
	}

	/** A {@code null} value leaves its field out, as a hand-made request would. */
	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				request.param(namesAndValues[i], namesAndValues[i + 1]);
			}
		}
		return request;
	}

	private MvcTestResult send(AbstractMockHttpServletRequestBuilder<?> request) {
		request.with(this::fromThisBrowser);
		return keepCookies(this.mvc.perform(request));
	}

	private MvcTestResult keepCookies(MvcTestResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	private MockHttpServletRequest fromThisBrowser(MockHttpServletRequest request) {
		request.setRemoteAddr(this.address);
		this.headers.forEach(request::addHeader);
		if (!this.cookies.isEmpty()) {
			request.setCookies(this.cookies.values().toArray(Cookie[]::new));
		}
		return request;
	}

}
