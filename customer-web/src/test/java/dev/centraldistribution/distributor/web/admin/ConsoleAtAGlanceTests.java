package dev.centraldistribution.distributor.web.admin;

import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.payments.PaymentCircuitBreaker;
import dev.centraldistribution.distributor.web.security.Browser;
import dev.centraldistribution.distributor.web.security.Operators;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's first lines: whether this instance's payments go to the gateway (its
 * circuit breaker), and how many messages wait for manufacturers removed from the
 * configuration.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleAtAGlanceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PaymentCircuitBreaker payments;

	@Autowired
	Outbox outbox;

	@Test
	void saysWhetherPaymentsGoToTheGatewayAndHowManyMessagesAreHeld() {
		assertThat(this.payments.state()).isEqualTo(PaymentCircuitBreaker.State.CLOSED);
		long held = this.outbox.held();

		Browser operator = Operators.signedIn(this.mvc);

		assertThat(operator.get("/admin")).hasStatusOk()
			.bodyText()
			.contains("Payments (this instance)", "Gateway in use", "Messages held")
			.doesNotContain("Paused: the gateway kept failing")
			.containsPattern("id=\"held-messages\">\\s*<span>" + held + "</span>");
	}

}
