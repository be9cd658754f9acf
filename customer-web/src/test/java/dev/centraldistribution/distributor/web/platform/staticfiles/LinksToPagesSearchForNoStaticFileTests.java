package dev.centraldistribution.distributor.web.platform.staticfiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files are mapped at their folders only: a link to a page ({@code @{/checkout}})
 * matches no static mapping, so building it searches the class path for nothing, while
 * the static files keep their addresses with a content hash (the styles, scripts and
 * image: {@code PagesTravelLightTests}; the web jars here).
 */
@SpringBootTest
@AutoConfigureMockMvc
class LinksToPagesSearchForNoStaticFileTests {

	static final Pattern BOOTSTRAP = Pattern
		.compile("href=\"(/webjars/bootstrap/5\\.3\\.3/css/bootstrap\\.min-[0-9a-f]{32}\\.css)\"");

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	MockMvcTester mvc;

	@Test
	void staticFilesAreMappedAtTheirFoldersOnly() {
		assertThat(this.resourceUrls.getHandlerMap().keySet()).map(Object::toString)
			.containsExactlyInAnyOrder("/webjars/**", "/css/**", "/js/**", "/images/**");
		assertThat(this.resourceUrls.getForLookupPath("/checkout")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/css/shop.css")).matches("/css/shop-[0-9a-f]{32}\\.css");
	}

	@Test
	void webJarsKeepTheirHashedAddressesAndAreServed() throws Exception {
		String page = this.mvc.get().uri("/login").exchange().getResponse().getContentAsString();
		Matcher bootstrap = BOOTSTRAP.matcher(page);
		assertThat(bootstrap.find()).as("the web jar's address carries its hash: " + page).isTrue();

		assertThat(this.mvc.get().uri(bootstrap.group(1))).hasStatusOk()
			.headers()
			.hasValue("Cache-Control", "max-age=31536000, public");
	}

	@Test
	void anAddressThatIsNoFileNorPageIsNotFound() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatus(404);
		assertThat(this.mvc.get().uri("/css/no-such.css")).hasStatus(404);
	}

}
