package dev.centraldistribution.distributor.web.platform.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.centraldistribution.logging.LogFields;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request has an id: nginx's {@code X-Request-Id} when it is a plain token, a new
 * one otherwise; the response names it, and every line logged while the request is
 * handled carries it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EveryRequestHasAnIdTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theIdNginxSentIsAnswered() {
		MvcTestResult page = this.mvc.get()
			.uri("/login")
			.header(RequestIds.HEADER, "0f3a9c1e77d24b5f8a6c2d4e9b1f7a30")
			.exchange();

		assertThat(page).hasStatusOk().headers().hasValue(RequestIds.HEADER, "0f3a9c1e77d24b5f8a6c2d4e9b1f7a30");
	}

	@Test
	void aRequestWithoutAnIdGetsANewOneEachTime() {
		String first = this.mvc.get().uri("/login").exchange().getResponse().getHeader(RequestIds.HEADER);
		String second = this.mvc.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.getResponse()
			.getHeader(RequestIds.HEADER);

		assertThat(first).matches("[0-9a-f]{32}");
		assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
	}

	@Test
	void anIdThatIsNotAPlainTokenIsReplaced() {
		for (String hostile : List.of("abc\r\nX-Forged: 1", "x".repeat(65), "<script>", "")) {
			String answered = this.mvc.get()
				.uri("/login")
				.header(RequestIds.HEADER, hostile)
				.exchange()
				.getResponse()
				.getHeader(RequestIds.HEADER);
			assertThat(answered).as(hostile).matches("[0-9a-f]{32}");
		}
	}

	@Test
	void everyLineLoggedWhileTheRequestIsHandledCarriesTheIdAndLinesAfterItDoNot() throws Exception {
		Logger logger = (Logger) LoggerFactory.getLogger("dev.centraldistribution.test.request");
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		List<Map<String, String>> fields = new ArrayList<>();
		try {
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cart");
			request.addHeader(RequestIds.HEADER, "req-7");
			MockHttpServletResponse response = new MockHttpServletResponse();
			new RequestIds().doFilter(request, response, new MockFilterChain() {
				@Override
				public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
					logger.warn("first line of the request");
					logger.warn("second line of the request");
				}
			});
			logger.warn("after the request");
			lines.list.forEach((line) -> fields.add(line.getMDCPropertyMap()));

			assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo("req-7");
		}
		finally {
			logger.detachAppender(lines);
		}
		assertThat(fields).hasSize(3);
		assertThat(fields.get(0)).containsEntry(LogFields.REQUEST_ID, "req-7");
		assertThat(fields.get(1)).containsEntry(LogFields.REQUEST_ID, "req-7");
		assertThat(fields.get(2)).doesNotContainKey(LogFields.REQUEST_ID);
		assertThat(MDC.get(LogFields.REQUEST_ID)).isNull();
	}

}
