package dev.centraldistribution.manufacturer.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.manufacturer.TestCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A purchase the manufacturer accepts ships and arrives, and both reach the distributor's
 * side of the broker through the outbox, each with the type and routing key the
 * distributor binds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.messaging.enabled=true", "manufacturer.shipping.enabled=true",
				"manufacturer.shipping.delay=0s", "manufacturer.shipping.transit=0s",
				"manufacturer.shipping.check-interval=100ms", "manufacturer.outbox.relay-interval=100ms" })
@Import(MessagingTestConfiguration.class)
@DirtiesContext
class ShipmentsReachTheDistributorTests {

	static final String CODE = TestCodes.unique();

	static final String QUEUE = "test.shipments." + CODE;

	@DynamicPropertySource
	static void manufacturerCode(DynamicPropertyRegistry registry) {
		registry.add("manufacturer.code", () -> CODE);
	}

	@Autowired
	TestDistributor distributor;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void deleteTheQueue() {
		this.admin.deleteQueue(QUEUE);
	}

	@Test
	void anAcceptedPurchaseIsReportedShippedThenDelivered() {
		this.admin.declareQueue(new Queue(QUEUE, false, false, false));
		for (String kind : List.of(SubOrderShipped.KIND, SubOrderDelivered.KIND)) {
			this.admin.declareBinding(
					new Binding(QUEUE, Binding.DestinationType.QUEUE, MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
							MessagingTopology.eventRoutingKey(kind, CODE), null));
		}
		TestCatalogue.resetToInitialStock(this.jdbc);
		PurchaseConfirmation confirmation = TestMessages.confirmation(CODE, TestMessages.line(TestCatalogue.DRILL, 1));

		this.distributor.send(confirmation);

		// On a database shared by several test contexts (PostgreSQL in CI), purchases
		// that
		// other tests' manufacturers accepted ship here too: only this sub-order's
		// reports
		// count, one message id each (a relay may publish a message twice; the
		// distributor
		// applies it once by its id).
		Map<String, Message> byId = new LinkedHashMap<>();
		await().atMost(TestDistributor.PATIENCE).until(() -> {
			Message message;
			while ((message = this.rabbit.receive(QUEUE)) != null) {
				if (this.json.readTree(message.getBody()).path("subOrderId").asLong() == confirmation.subOrderId()) {
					byId.putIfAbsent(message.getMessageProperties().getMessageId(), message);
				}
			}
			return byId.size() >= 2;
		});
		List<Message> received = new ArrayList<>(byId.values());
		assertThat(received).extracting((message) -> message.getMessageProperties().getType())
			.containsExactly(SubOrderShipped.TYPE, SubOrderDelivered.TYPE);
		SubOrderShipped shipped = this.json.readValue(received.get(0).getBody(), SubOrderShipped.class);
		assertThat(shipped.subOrderId()).isEqualTo(confirmation.subOrderId());
		assertThat(shipped.manufacturerCode()).isEqualTo(CODE);
		assertThat(received.get(0).getMessageProperties().getMessageId()).isEqualTo(shipped.messageId());
		assertThat(this.json.readValue(received.get(1).getBody(), SubOrderDelivered.class).subOrderId())
			.isEqualTo(confirmation.subOrderId());
		// The relay marks a message sent once the broker confirmed it, which may come
		// after the queue has handed the message to this test.
		await().atMost(TestDistributor.PATIENCE)
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from outbox_message where sent_at is null and routing_key in (:keys)")
				.param("keys",
						List.of(MessagingTopology.eventRoutingKey(SubOrderShipped.KIND, CODE),
								MessagingTopology.eventRoutingKey(SubOrderDelivered.KIND, CODE)))
				.query(Long.class)
				.single()).isZero());
	}

}
