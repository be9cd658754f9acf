package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's first lines: how many messages wait for manufacturers removed from the
 * configuration.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleAtAGlanceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Outbox outbox;

	@Test
	void saysHowManyMessagesAreHeld() {
		long held = this.outbox.held();

		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Messages held")
			.containsPattern("id=\"held-messages\">\\s*<span>" + held + "</span>");
	}

}
