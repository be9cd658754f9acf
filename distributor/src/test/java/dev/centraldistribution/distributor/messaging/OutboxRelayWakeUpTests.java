package dev.centraldistribution.distributor.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay is woken by the commit that wrote a message, not by its poll (issue #19, the
 * checkout-to-acknowledgement latency): with a poll interval of a day, a committed
 * message can only be published this side of the test's deadline by the wake-up.
 */
@SpringBootTest(properties = "distributor.messaging.relay.poll-interval=1d")
class OutboxRelayWakeUpTests {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	JdbcClient jdbc;

	String exchange;

	String queue;

	@BeforeEach
	void topology() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.exchange = "test.wake-up." + suffix;
		this.queue = "test.wake-up.queue." + suffix;
		Queue queue = new Queue(this.queue, false, false, false);
		this.admin.declareExchange(new DirectExchange(this.exchange, false, false));
		this.admin.declareQueue(queue);
		this.admin.declareBinding(BindingBuilder.bind(queue).to(new DirectExchange(this.exchange)).with("bound"));
	}

	@AfterEach
	void removeTopology() {
		this.admin.deleteQueue(this.queue);
		this.admin.deleteExchange(this.exchange);
	}

	@Test
	void aCommitThatWroteMessagesWakesTheRelayWithoutWaitingForItsPoll() {
		// Several commits one after the other: each wakes the relay again, whether it was
		// waiting or still publishing the one before.
		for (int i = 0; i < 3; i++) {
			String messageId = UUID.randomUUID().toString();

			this.transactions.executeWithoutResult((status) -> this.outbox
				.append(new OutgoingMessage(messageId, this.exchange, "bound", "test", Map.of("n", 1))));

			await().atMost(Duration.ofSeconds(60)).until(() -> sent(messageId));
		}
		assertThat(this.admin.getQueueInfo(this.queue).getMessageCount()).isEqualTo(3);
	}

	private boolean sent(String messageId) {
		return this.jdbc.sql("select sent_at from outbox_message where message_id = :id")
			.param("id", messageId)
			.query((row, n) -> row.getTimestamp(1) != null)
			.single();
	}

}
