package dev.centraldistribution.distributor.web.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.centraldistribution.distributor.customers.Customer;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.SignUp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every page the controllers answer, read from Spring MVC's own list, so that a new page
 * is checked without anyone adding it here: the shop's window answers a visitor who has
 * not signed in, everything else asks them to sign in first.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryPageIsPublicOrPrivateOnPurposeTests {

	/** Pages anyone may see (GET). */
	static final Set<String> PUBLIC = Set.of("/", "/dashboard", "/products/1", "/login", "/signup");

	/** Forms anyone may send (POST). */
	static final Set<String> PUBLIC_FORMS = Set.of("/login", "/signup", "/logout");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignUp signUp;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping controllers;

	@Test
	void answersEveryPublicPageAnonymously() {
		for (String page : PUBLIC) {
			MvcTestResult result = new Browser(this.mvc, Addresses.unique()).get(page);
			// A product page of a product nobody offers is not found, to anyone.
			assertThat(result.getResponse().getStatus()).as(page)
				.isIn(200, 302, page.startsWith("/products/") ? 404 : 200);
			assertThat(result.getResponse().getRedirectedUrl()).as(page)
				.satisfiesAnyOf((url) -> assertThat(url).isNull(), (url) -> assertThat(url).doesNotEndWith("/login"));
		}
	}

	@Test
	void asksToSignInForEveryOtherPage() {
		List<String> pages = paths(RequestMethod.GET).filter((path) -> !PUBLIC.contains(path))
			.filter((path) -> !path.equals("/error") && !path.equals(WebSecurityConfiguration.DASHBOARD_UPDATES)
					&& !path.equals(WebSecurityConfiguration.ORDER_UPDATES))
			.toList();

		assertThat(pages).contains("/cart", "/checkout", "/orders", "/orders/1", "/account", "/account/card", "/admin");
		for (String page : pages) {
			assertThat(new Browser(this.mvc, Addresses.unique()).get(page)).as(page)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.endsWith("/login");
		}
	}

	@Test
	void asksToSignInBeforeTakingAnyOtherForm() {
		List<String> forms = paths(RequestMethod.POST).filter((path) -> !PUBLIC_FORMS.contains(path)).toList();

		assertThat(forms).contains("/cart/lines", "/checkout", "/account/card");
		for (String form : forms) {
			assertThat(this.mvc.post().uri(form).with(csrf())).as(form)
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.endsWith("/login");
		}
	}

	@Test
	void endsTheLiveUpdatesOfAnonymousVisitorsWithUnauthorised() {
		assertThat(this.mvc.get().uri(WebSecurityConfiguration.DASHBOARD_UPDATES)).hasStatus(401);
		assertThat(this.mvc.get().uri(WebSecurityConfiguration.ORDER_UPDATES)).hasStatus(401);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/anything-else", "/cart-and-more", "/dashboard/nothing", "/orders/1/nothing", "/favicon.png" })
	void answersNotFoundForAddressesThatAreNoPage(String address) {
		// The friendly page itself comes from the container's error forward (see
		// HostileRequestsOverHttpTests and the browser tests): MockMvc does not make one.
		assertThat(this.mvc.get().uri(address)).hasStatus(404);
	}

	@Test
	void returnsAfterSigningInToAPrivatePageButNeverToAnAddressThatIsNoPage() {
		Customer ada = new CustomerFixtures(this.signUp).customer();
		Browser visitor = new Browser(this.mvc, Addresses.unique());
		visitor.get("/orders");
		visitor.get("/images/favicon-0123456789abcdef0123456789abcdef.svg");
		visitor.get("/no-such-page");

		assertThat(visitor.signIn(ada.email(), CustomerFixtures.PASSWORD)).redirectedUrl().contains("/orders");
	}

	@Test
	void createsNoSessionForAVisitorWhoOnlyLooks() {
		assertThat(this.mvc.get().uri("/dashboard")).hasStatusOk().cookies().doesNotContainCookie("SESSION");
	}

	private Stream<String> paths(RequestMethod method) {
		return this.controllers.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getMethodsCondition().getMethods().contains(method))
			.map(RequestMappingInfo::getPatternValues)
			.flatMap(Set::stream)
			.map((pattern) -> pattern.replaceAll("\\{[^}]+}", "1"))
			.distinct()
			.sorted();
	}

}
