package dev.centraldistribution.distributor.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a first visit costs over a real server (Tomcat compresses, not MockMvc): pages,
 * styles and scripts travel compressed, and static files live under addresses with a hash
 * of their content, kept by browsers for a year.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PagesTravelLightTests {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/shop-[0-9a-f]{32}\\.css)\"");

	@LocalServerPort
	int port;

	@Test
	void sendsPagesCompressed() throws Exception {
		HttpResponse<byte[]> page = get("/dashboard");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(page.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("On offer now");
		assertThat(page.body().length).isLessThan(html.length() / 2);
	}

	@Test
	void linksStaticFilesByTheirContentAndLetsBrowsersKeepThemForAYear() throws Exception {
		String html = new String(
				HTTP.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofByteArray())
					.body(),
				StandardCharsets.UTF_8);
		Matcher stylesheet = STYLESHEET.matcher(html);
		assertThat(stylesheet.find()).as("the stylesheet's address carries its hash: " + html).isTrue();
		assertThat(html).containsPattern("src=\"/js/shop-[0-9a-f]{32}\\.js\"")
			.containsPattern("href=\"/images/favicon-[0-9a-f]{32}\\.svg\"");

		HttpResponse<byte[]> css = get(stylesheet.group(1));

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((control) -> assertThat(control).contains("max-age=31536000").contains("public"));
		assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	private HttpResponse<byte[]> get(String target) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(uri(target)).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String target) {
		return URI.create("http://127.0.0.1:" + this.port + target);
	}

}
