package dev.centraldistribution.distributor.messaging;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import dev.centraldistribution.distributor.manufacturers.UnlistedManufacturers;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11, item 6: a manufacturer removed from the configuration that never announced
 * itself is unlisted, and the messages for it wait, unsent and not retried, until it is
 * listed again; then they go out, once.
 */
@SpringBootTest
class MessagesForUnlistedManufacturersWaitTests {

	@Autowired
	Outbox outbox;

	@Autowired
	UnlistedManufacturers unlisted;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	JdbcClient jdbc;

	Manufacturer gone;

	String queue;

	@BeforeEach
	void manufacturerThatNeverAnnouncedItself() {
		this.gone = TestManufacturers.register(this.registry, "unlisted", URI.create("http://127.0.0.1:1"));
		this.queue = "test.unlisted." + UUID.randomUUID().toString().substring(0, 8);
		this.admin.declareQueue(new Queue(this.queue, false, false, false));
	}

	@AfterEach
	void forget() {
		this.admin.deleteQueue(this.queue);
		this.jdbc.sql("delete from outbox_message where routing_key = :code").param("code", this.gone.code()).update();
		TestManufacturers.delete(this.jdbc, List.of(this.gone.code()));
	}

	@Test
	void aMessageWrittenForAnUnlistedManufacturerIsHeldUntilItIsListedAgain() {
		assertThat(this.unlisted.follow(everyoneBut(this.gone))).containsExactly(this.gone.code());
		assertThat(state(this.gone)).isEqualTo(ManufacturerState.UNLISTED);
		bindQueue();

		String messageId = append();

		assertThat(heldSince(messageId)).isNotNull();
		assertThat(this.rabbit.receive(this.queue, 1_500)).isNull();
		assertThat(attempts(messageId)).isZero();
		assertThat(this.meters.get("distributor.outbox.held").gauge().value()).isGreaterThanOrEqualTo(1);

		this.unlisted.follow(everyone());

		assertThat(state(this.gone)).isEqualTo(ManufacturerState.UNKNOWN);
		assertThat(receiveWithin(Duration.ofSeconds(20)).getMessageProperties().getMessageId()).isEqualTo(messageId);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(messageId) != null);
		assertThat(heldSince(messageId)).isNull();
		assertThat(this.rabbit.receive(this.queue, 1_000)).isNull();
	}

	@Test
	void aMessageThatCouldNotBeDeliveredStopsBeingRetriedOnceItsManufacturerIsUnlisted() {
		String messageId = append();
		await().atMost(Duration.ofSeconds(15)).until(() -> attempts(messageId) > 0);

		this.unlisted.follow(everyoneBut(this.gone));

		assertThat(heldSince(messageId)).isNotNull();
		int attemptsWhenHeld = attemptsOnceUnclaimed(messageId);
		bindQueue();
		assertThat(this.rabbit.receive(this.queue, 3_000)).isNull();
		assertThat(attempts(messageId)).isEqualTo(attemptsWhenHeld);
		assertThat(sentAt(messageId)).isNull();

		this.unlisted.follow(everyone());

		assertThat(receiveWithin(Duration.ofSeconds(20)).getMessageProperties().getMessageId()).isEqualTo(messageId);
		await().atMost(Duration.ofSeconds(10)).until(() -> sentAt(messageId) != null);
	}

	@Test
	void anUnlistedManufacturerIsNotPulled() {
		this.unlisted.follow(everyoneBut(this.gone));

		assertThat(this.directory.pulled()).extracting(Manufacturer::code).doesNotContain(this.gone.code());
		assertThat(this.directory.all()).extracting(Manufacturer::code).contains(this.gone.code());
	}

	private List<String> everyone() {
		return this.directory.all().stream().map(Manufacturer::code).toList();
	}

	private List<String> everyoneBut(Manufacturer left) {
		List<String> codes = new ArrayList<>(everyone());
		codes.remove(left.code());
		return codes;
	}

	private void bindQueue() {
		this.admin.declareBinding(new Binding(this.queue, Binding.DestinationType.QUEUE,
				MessagingTopology.PURCHASES_EXCHANGE, this.gone.code(), null));
	}

	private String append() {
		String messageId = UUID.randomUUID().toString();
		this.transactions.executeWithoutResult((status) -> this.outbox.append(new OutgoingMessage(messageId,
				MessagingTopology.PURCHASES_EXCHANGE, this.gone.code(), "test", Map.of("n", 1))));
		return messageId;
	}

	private ManufacturerState state(Manufacturer manufacturer) {
		return this.directory.health(manufacturer.code()).map(ManufacturerHealth::state).orElseThrow();
	}

	/** A relay that claimed it before the hold ends its attempt first. */
	private int attemptsOnceUnclaimed(String messageId) {
		await().atMost(Duration.ofSeconds(15))
			.until(() -> this.jdbc.sql("select claimed_by from outbox_message where message_id = :id")
				.param("id", messageId)
				.query(String.class)
				.optional()
				.isEmpty());
		return attempts(messageId);
	}

	private Timestamp heldSince(String messageId) {
		return column("held_since", messageId, Timestamp.class);
	}

	private Timestamp sentAt(String messageId) {
		return column("sent_at", messageId, Timestamp.class);
	}

	private int attempts(String messageId) {
		return column("attempts", messageId, Integer.class);
	}

	private <T> T column(String column, String messageId, Class<T> type) {
		return this.jdbc.sql("select " + column + " from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(type)
			.optional()
			.orElse(null);
	}

	private Message receiveWithin(Duration timeout) {
		AtomicReference<Message> received = new AtomicReference<>();
		await().atMost(timeout).ignoreExceptionsInstanceOf(AmqpException.class).until(() -> {
			received.set(this.rabbit.receive(this.queue, 500));
			return received.get() != null;
		});
		return received.get();
	}

}
