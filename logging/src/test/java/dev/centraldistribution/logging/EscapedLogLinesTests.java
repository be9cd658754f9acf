package dev.centraldistribution.logging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared configuration ({@code logback.xml}), as each application's
 * {@code logback-spring.xml} includes it: every line of an event but its first is
 * indented, a continuation, whatever its message or its exception's message hold; nothing
 * in them can start a record of its own or control the terminal.
 */
@ExtendWith(OutputCaptureExtension.class)
class EscapedLogLinesTests {

	static final String CONFIGURATION = """
			<configuration>
				<include resource="dev/centraldistribution/logging/logback.xml"/>
			</configuration>
			""";

	final LoggerContext context = new LoggerContext();

	Logger logger;

	@BeforeEach
	void configure() throws Exception {
		this.context.setMDCAdapter(new LogbackMDCAdapter());
		JoranConfigurator configurator = new JoranConfigurator();
		configurator.setContext(this.context);
		configurator.doConfigure(new ByteArrayInputStream(CONFIGURATION.getBytes(StandardCharsets.UTF_8)));
		this.logger = this.context.getLogger("hostile.input");
	}

	@AfterEach
	void stop() {
		this.context.stop();
	}

	@Test
	void aLineBreakInAMessageStartsAnIndentedContinuationNotARecord(CapturedOutput output) {
		this.logger.info("Search for {}", "drill\r\n2026-12-01T00:00:00Z ERROR forged \u202Egnp.exe\u001b[2J");

		List<String> lines = lines(output);
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("INFO", "hostile.input").endsWith("Search for drill");
		assertThat(lines.get(1)).isEqualTo("\t2026-12-01T00:00:00Z ERROR forged \\u202egnp.exe\\u001b[2J");
	}

	@Test
	void anExceptionMessageCannotStartARecordOfItsOwn(CapturedOutput output) {
		IllegalStateException cause = new IllegalStateException("bad\nWARN forged cause");
		this.logger.warn("A sync failed", new IllegalArgumentException("name <b>\u2066x\nERROR forged", cause));

		List<String> lines = lines(output);
		assertThat(lines.get(0)).contains("WARN", "A sync failed");
		assertThat(lines.get(1)).isEqualTo("java.lang.IllegalArgumentException: name <b>\\u2066x");
		assertThat(lines.get(2)).isEqualTo("\tERROR forged");
		assertThat(lines).contains("Caused by: java.lang.IllegalStateException: bad", "\tWARN forged cause");
		assertThat(lines.subList(1, lines.size())).allMatch((line) -> line.startsWith("\t")
				|| line.startsWith("java.lang.IllegalArgumentException: ") || line.startsWith("Caused by: "));
	}

	private static List<String> lines(CapturedOutput output) {
		return output.getOut().lines().filter((line) -> !line.isBlank()).toList();
	}

}
