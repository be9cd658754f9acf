package dev.centraldistribution.distributor.web.errors;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile client gets from a real server (Tomcat, not MockMvc, decodes the
 * parameters and forwards errors): 4xx answers, and log lines that neither carry a stack
 * trace nor pass its text on raw.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsOverHttpTests {

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard?q=%ff", "/login?q=%ff", "/signup?name=%c3%28", "/dashboard?q=%ff&sort=%fe" })
	void parametersThatAreNotUtf8Get400AndOneQuietLine(String target, CapturedOutput output) throws Exception {
		int before = output.getOut().length();

		HttpResponse<String> response = get(target);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).isEqualTo(UndecodableParameters.MESSAGE);
		String logged = output.getOut().substring(before);
		assertThat(logged).doesNotContain(" ERROR ", "\tat ", "Exception");
	}

	@Test
	void aClientReachingTheInstanceDirectlyCannotChooseWhereRedirectsLead() throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/cart"))
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "host=evil.example")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
			.endsWith("/login");
	}

	@Test
	void everyLogLineOfTheApplicationNeutralisesControlAndBidiCharacters(CapturedOutput output) {
		LoggerFactory.getLogger("dev.centraldistribution.hostile")
			.warn("Search for {}", "drill\r\n2026-12-01T00:00:00Z ERROR forged\u202Egnp.exe\u001b[31m");

		assertThat(output.getOut())
			.contains("Search for drill\n\t2026-12-01T00:00:00Z ERROR forged\\u202egnp.exe\\u001b[31m")
			.doesNotContain("\u202E", "\u001b[31m");
	}

	private HttpResponse<String> get(String target) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(target)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String target) {
		return URI.create("http://127.0.0.1:" + this.port + target);
	}

}
