package dev.centraldistribution.distributor.web.platform.notices;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class NoticesTravelInACookieTests {

	private static final String UNKNOWN_OFFERING = "That product is not on offer.";

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
	void aNoticeIsShownOnceOnThePageTheRedirectLeadsToAndNeverStoredInTheSession() {
		MvcTestResult redirect = this.browser.post("/cart/lines", "offering", "999999999", "quantity", "1");

		assertThat(redirect).hasStatus3xxRedirection().hasRedirectedUrl("/dashboard");
		Cookie flash = redirect.getResponse().getCookie(CookieFlashMapManager.COOKIE);
		assertThat(flash).isNotNull();
		assertThat(flash.isHttpOnly()).isTrue();
		assertThat(flash.getMaxAge()).isPositive();
		assertThat(flashMapsStoredInTheSession()).isZero();

		MvcTestResult page = this.browser.get("/dashboard");
		assertThat(page).hasStatusOk().bodyText().contains(UNKNOWN_OFFERING);
		assertThat(page.getResponse().getCookie(CookieFlashMapManager.COOKIE).getMaxAge()).isZero();

		assertThat(this.browser.get("/dashboard")).hasStatusOk().bodyText().doesNotContain(UNKNOWN_OFFERING);
		assertThat(flashMapsStoredInTheSession()).isZero();
	}

	@Test
	void aPageWithoutANoticeSetsNoCookie() {
		MvcTestResult page = this.browser.get("/dashboard");

		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeaders("Set-Cookie")).noneMatch((header) -> header.startsWith("FLASH="));
	}

	@Test
	void aBrokenCookieCountsAsNoNotice() {
		for (String value : new String[] { "garbage", base64("[{\"path\":7}]"), base64("{}"), "%00%ff" }) {
			assertThat(this.mvc.get()
				.uri("/login")
				.cookie(new Cookie(CookieFlashMapManager.COOKIE, value))
				.with((request) -> {
					request.setRemoteAddr(Addresses.unique());
					return request;
				})).hasStatusOk().bodyText().doesNotContain("alert-success");
		}
	}

	@Test
	void aForgedNoticeIsShownOnlyAsText() {
		String forged = base64(
				"[{\"path\":\"/login\",\"params\":{},\"attributes\":{\"notice\":\"<script>alert(1)</script>\"},"
						+ "\"expires\":" + (System.currentTimeMillis() + 60_000) + "}]");

		assertThat(this.mvc.get().uri("/login").cookie(new Cookie(CookieFlashMapManager.COOKIE, forged))).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	private long flashMapsStoredInTheSession() {
		return this.jdbc.sql("select count(*) from SPRING_SESSION_ATTRIBUTES where ATTRIBUTE_NAME like '%FLASH_MAPS%'")
			.query(Long.class)
			.single();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
