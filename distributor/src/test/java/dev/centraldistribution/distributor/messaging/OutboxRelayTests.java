package dev.centraldistribution.distributor.messaging;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class OutboxRelayTests {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRepository repository;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JdbcClient jdbc;

	String exchange;

	String queue;

	@BeforeEach
	void topology() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.exchange = "test.outbox." + suffix;
		this.queue = "test.outbox.queue." + suffix;
		DirectExchange exchange = new DirectExchange(this.exchange, false, false);
		Queue queue = new Queue(this.queue, false, false, false);
		this.admin.declareExchange(exchange);
		this.admin.declareQueue(queue);
		this.admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("bound"));
	}

	@AfterEach
	void removeTopology() {
		// Rows kept for later (unroutable) would otherwise be published to the deleted
		// exchange by every relay running on a shared database (PostgreSQL in CI), and
		// the broker closes such a channel (404): another test's confirms failed on it.
		this.jdbc.sql("delete from outbox_message where exchange = :exchange")
			.param("exchange", this.exchange)
			.update();
		this.admin.deleteQueue(this.queue);
		this.admin.deleteExchange(this.exchange);
	}

	@Test
	void publishesWhatACommittedTransactionWroteAndMarksItSent() {
		String messageId = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult((status) -> this.outbox
			.append(new OutgoingMessage(messageId, this.exchange, "bound", "test", Map.of("n", 1))));

		Message received = receiveWithin(Duration.ofSeconds(10));
		assertThat(received).isNotNull();
		assertThat(received.getMessageProperties().getMessageId()).isEqualTo(messageId);
		assertThat(received.getMessageProperties().getType()).isEqualTo("test");
		assertThat(new String(received.getBody())).isEqualTo("{\"n\":1}");
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(messageId) != null);
	}

	@Test
	void publishesNothingWhenTheTransactionRollsBack() {
		String messageId = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult((status) -> {
			this.outbox.append(new OutgoingMessage(messageId, this.exchange, "bound", "test", Map.of()));
			status.setRollbackOnly();
		});

		assertThat(this.rabbit.receive(this.queue, 1_500)).isNull();
		assertThat(this.jdbc.sql("select count(*) from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void keepsAnUnroutableMessageForLaterInsteadOfCallingItSent() {
		String messageId = UUID.randomUUID().toString();

		this.transactions.executeWithoutResult((status) -> this.outbox
			.append(new OutgoingMessage(messageId, this.exchange, "nobody-listens", "test", Map.of())));

		await().atMost(Duration.ofSeconds(15)).until(() -> attempts(messageId) > 0);
		assertThat(sentAt(messageId)).isNull();
		assertThat(lastError(messageId)).containsAnyOf("returned", "nacked");
	}

	@Test
	void retriesUntilTheRouteExistsThenSendsOnce() {
		String messageId = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((status) -> this.outbox
			.append(new OutgoingMessage(messageId, this.exchange, "later", "test", Map.of())));
		await().atMost(Duration.ofSeconds(15)).until(() -> attempts(messageId) > 0);

		this.admin.declareBinding(new Binding(this.queue, Binding.DestinationType.QUEUE, this.exchange, "later", null));

		Message received = receiveWithin(Duration.ofSeconds(20));
		assertThat(received).isNotNull();
		assertThat(received.getMessageProperties().getMessageId()).isEqualTo(messageId);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(messageId) != null);
		assertThat(this.rabbit.receive(this.queue, 1_000)).isNull();
	}

	@Test
	void concurrentRelaysNeverClaimTheSameMessage() throws Exception {
		this.relay.stop();
		try {
			List<String> ids = new ArrayList<>();
			this.transactions.executeWithoutResult((status) -> {
				for (int i = 0; i < 200; i++) {
					String id = UUID.randomUUID().toString();
					ids.add(id);
					this.repository.insert(new OutgoingMessage(id, this.exchange, "bound", "test", Map.of()), "{}",
							Instant.now(), false);
				}
			});

			List<String> claimed = claimConcurrently(4);

			assertThat(claimed).doesNotHaveDuplicates();
			assertThat(claimed).containsAll(ids);
			this.jdbc.sql("update outbox_message set sent_at = :now where message_id in (:ids)")
				.param("now", Timestamp.from(Instant.now()))
				.param("ids", ids)
				.update();
		}
		finally {
			this.relay.start();
		}
	}

	private List<String> claimConcurrently(int relays) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(relays);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<String>>> claims = new ArrayList<>();
			for (int relay = 0; relay < relays; relay++) {
				String relayId = "test-relay-" + relay;
				claims.add(pool.submit(() -> {
					start.await();
					List<String> mine = new ArrayList<>();
					List<PendingMessage> batch;
					do {
						Instant now = Instant.now();
						batch = this.repository.claim(relayId + "#" + UUID.randomUUID(), now, now.plusSeconds(60), 7);
						batch.forEach((message) -> mine.add(message.messageId()));
					}
					while (!batch.isEmpty());
					return mine;
				}));
			}
			start.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<String>> claim : claims) {
				all.addAll(claim.get());
			}
			return all;
		}
		finally {
			pool.shutdown();
		}
	}

	private Timestamp sentAt(String messageId) {
		return this.jdbc.sql("select sent_at from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(Timestamp.class)
			.optional()
			.orElse(null);
	}

	private int attempts(String messageId) {
		return this.jdbc.sql("select attempts from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(Integer.class)
			.single();
	}

	private String lastError(String messageId) {
		return this.jdbc.sql("select last_error from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single();
	}

	/**
	 * The next message on the test queue. The test's own consuming channel may be closed
	 * under it by the broker (a queue another test deleted); that is the test's channel,
	 * not the relay's, so it receives again on a new one.
	 */
	private Message receiveWithin(Duration timeout) {
		AtomicReference<Message> received = new AtomicReference<>();
		await().atMost(timeout).ignoreExceptionsInstanceOf(AmqpException.class).until(() -> {
			received.set(this.rabbit.receive(this.queue, 500));
			return received.get() != null;
		});
		return received.get();
	}

}
