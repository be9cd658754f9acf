package dev.centraldistribution.manufacturer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator logs through the shared configuration (module logging): a line break in
 * what it logs, a product name or a message from the broker, starts an indented
 * continuation, never a record of its own, and a bidi override is written as an escape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LogLinesAreEscapedTests {

	@Test
	void neutralisesControlAndBidiCharactersInEveryLogLine(CapturedOutput output) {
		LoggerFactory.getLogger(LogLinesAreEscapedTests.class)
			.warn("Unreadable purchase {}", "x\n2026-12-01T00:00:00Z ERROR forged\u2066hidden\u2069");

		assertThat(output.getOut())
			.contains("Unreadable purchase x\n\t2026-12-01T00:00:00Z ERROR forged\\u2066hidden\\u2069")
			.doesNotContain("\u2066");
	}

}
