package dev.centraldistribution.distributor.web.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects name the host the browser used when nginx (192.0.2.10 in the test settings)
 * says so, and never the host a client names itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForwardedHeadersTests {

	static final String NGINX = "192.0.2.10";

	@Autowired
	MockMvcTester mvc;

	@Test
	void aClientReachingAnInstanceDirectlyCannotChooseWhereRedirectsLead() {
		Browser direct = new Browser(this.mvc, Addresses.unique()).header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "for=203.0.113.9;host=evil.example;proto=https")
			.header("X-Forwarded-Prefix", "/evil");

		assertThat(direct.get("/cart")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isIn("/login", "http://localhost/login");
	}

	@Test
	void behindTheTrustedProxyRedirectsNameTheHostAndSchemeTheBrowserUsed() {
		Browser proxied = new Browser(this.mvc, NGINX).header("X-Forwarded-For", Addresses.unique())
			.header("X-Forwarded-Host", "shop.example:8443")
			.header("X-Forwarded-Proto", "https");

		assertThat(proxied.get("/cart")).hasStatus3xxRedirection().hasRedirectedUrl("https://shop.example:8443/login");
	}

	@Test
	void theTrustedProxyVouchesOnlyForTheHeadersItSets() {
		// nginx passes on headers it does not set itself, as the client sent them.
		Browser proxied = new Browser(this.mvc, NGINX).header("X-Forwarded-For", Addresses.unique())
			.header("X-Forwarded-Host", "shop.example")
			.header("X-Forwarded-Proto", "http")
			.header("X-Forwarded-Prefix", "/evil")
			.header("X-Forwarded-Port", "6666")
			.header("Forwarded", "host=evil.example");

		assertThat(proxied.get("/cart")).hasStatus3xxRedirection().hasRedirectedUrl("http://shop.example/login");
	}

}
