package dev.centraldistribution.logging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structured logs ({@code logback-json.xml}, profile {@code json-logs}): one JSON
 * object a line, with the fields of {@link LogFields} that are set while the line is
 * logged, and every text as safe as in the plain logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogLinesCarryTheFieldsTests {

	static final String CONFIGURATION = """
			<configuration>
				<include resource="dev/centraldistribution/logging/logback-json.xml"/>
			</configuration>
			""";

	final LoggerContext context = new LoggerContext();

	Logger logger;

	@BeforeEach
	void configure() throws Exception {
		// What Spring Boot hands the encoder: the application's settings.
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("logging.structured.json.customizer",
					EscapedJsonMessages.class.getName(), "spring.application.name", "distributor")));
		this.context.putObject(Environment.class.getName(), environment);
		this.context.setMDCAdapter(MDC.getMDCAdapter());
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(this.context);
		configurator.doConfigure(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8)));
		this.logger = this.context.getLogger("dev.centraldistribution.test");
	}

	@AfterEach
	void stop() {
		this.context.stop();
	}

	@Test
	void aLineLoggedWithinTheScopeCarriesEveryFieldAndOneOutsideItNone(CapturedOutput output) {
		try (LogFields.Scope fields = LogFields.with(LogFields.REQUEST_ID, "r-42", LogFields.ORDER_NUMBER, "17",
				LogFields.SUB_ORDER, "23", LogFields.MANUFACTURER, "acme", LogFields.MESSAGE_ID, "m-9")) {
			this.logger.info("Acknowledgement applied");
		}
		this.logger.info("Unrelated");

		List<String> lines = lines(output);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).startsWith("{")
			.endsWith("}")
			.contains("\"message\":\"Acknowledgement applied\"", "\"requestId\":\"r-42\"", "\"orderNumber\":\"17\"",
					"\"subOrder\":\"23\"", "\"manufacturer\":\"acme\"", "\"messageId\":\"m-9\"");
		assertThat(lines.get(1)).contains("\"message\":\"Unrelated\"").doesNotContain("requestId", "orderNumber");
	}

	@Test
	void aScopePutsBackTheFieldsItReplaced(CapturedOutput output) {
		try (LogFields.Scope request = LogFields.with(LogFields.REQUEST_ID, "outer")) {
			try (LogFields.Scope inner = LogFields.with(LogFields.REQUEST_ID, "inner", LogFields.MESSAGE_ID, null)) {
				this.logger.info("inside");
			}
			this.logger.info("after");
		}

		List<String> lines = lines(output);
		assertThat(lines.get(0)).contains("\"requestId\":\"inner\"").doesNotContain("messageId");
		assertThat(lines.get(1)).contains("\"requestId\":\"outer\"");
		assertThat(MDC.get(LogFields.REQUEST_ID)).isNull();
	}

	@Test
	void hostileTextStaysOnOneLineAndBidiControlsAreEscaped(CapturedOutput output) {
		this.logger.info("Search for {}", "drill\r\n{\"level\":\"ERROR\"} \u202Egnp.exe");

		List<String> lines = lines(output);
		assertThat(lines).hasSize(1);
		assertThat(lines.get(0)).contains("\\\\u202egnp.exe").doesNotContain("\u202E");
	}

	private static List<String> lines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> !line.isBlank()).toList();
	}

}
