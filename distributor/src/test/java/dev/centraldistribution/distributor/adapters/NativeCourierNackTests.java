package dev.centraldistribution.distributor.adapters;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.amqp.rabbit.connection.CorrelationData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message the broker refuses is tried again, with a failure the operator can read on
 * the console even when the broker gave no reason.
 */
class NativeCourierNackTests {

	@Test
	void aNackWithoutAReasonSaysSo() {
		assertThat(verdict(new CorrelationData.Confirm(false, null)))
			.isEqualTo("nacked by the broker: (no reason given)");
	}

	@Test
	void aNackWithAReasonShowsIt() {
		assertThat(verdict(new CorrelationData.Confirm(false, "queue down")))
			.isEqualTo("nacked by the broker: queue down");
	}

	@Test
	void anAckIsDelivered() {
		assertThat(verdict(new CorrelationData.Confirm(true, null))).isNull();
	}

	private static String verdict(CorrelationData.Confirm confirm) {
		CorrelationData correlation = new CorrelationData("message-1");
		correlation.getFuture().complete(confirm);
		return new NativeCourier.Outcome(correlation, null).awaitFailure(Duration.ofSeconds(5));
	}

}
