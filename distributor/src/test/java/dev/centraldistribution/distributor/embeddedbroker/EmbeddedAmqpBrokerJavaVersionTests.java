package dev.centraldistribution.distributor.embeddedbroker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded broker starts and delivers on the Java it runs on: CI runs this on Java 17
 * and 25 (Qpid Broker-J 10.0 called {@code Subject.getSubject}, which throws from Java 23
 * on; 10.1 no longer does).
 */
class EmbeddedAmqpBrokerJavaVersionTests {

	@Test
	void startsAndDeliversOnThisJava() throws Exception {
		try (EmbeddedAmqpBroker broker = EmbeddedAmqpBroker.start(0, null)) {
			QueueClient.publishConfirmed(broker.port(), 3);

			assertThat(QueueClient.drain(broker.port())).containsExactly("message-1", "message-2", "message-3");
		}
	}

}
