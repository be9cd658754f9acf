package dev.centraldistribution.distributor.embeddedbroker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedAmqpBrokerJavaVersionTests {

	@Test
	void saysWhyItCannotStartOnJava23AndLater() {
		assertThat(EmbeddedAmqpBroker.unsupportedJavaHint(25)).contains("does not run on Java 25")
			.contains("profile rabbitmq");
		assertThat(EmbeddedAmqpBroker.unsupportedJavaHint(23)).contains("Java 23");
	}

	@Test
	void addsNothingOnTheJavaVersionsItRunsOn() {
		assertThat(EmbeddedAmqpBroker.unsupportedJavaHint(17)).isEmpty();
		assertThat(EmbeddedAmqpBroker.unsupportedJavaHint(21)).isEmpty();
	}

}
