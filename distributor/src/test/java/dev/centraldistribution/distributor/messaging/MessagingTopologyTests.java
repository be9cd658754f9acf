package dev.centraldistribution.distributor.messaging;

import java.util.ArrayList;
import java.util.List;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.SubOrderShipped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology the messaging module declares, in a context of that module, the modules it
 * uses and the embedded broker: the rest of the application is not needed. No listener
 * runs, so what is routed stays in its queue for the test to take.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "embeddedbroker", "manufacturers" })
@TestPropertySource(properties = { "distributor.manufacturers[0].code=" + MessagingTopologyTests.CODE,
		"distributor.manufacturers[0].name=Topology Test", "distributor.manufacturers[0].base-url=http://127.0.0.1:9",
		"spring.rabbitmq.listener.simple.auto-startup=false" })
@TestInstance(Lifecycle.PER_CLASS)
class MessagingTopologyTests {

	static final String CODE = "topology-test";

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	CachingConnectionFactory connections;

	@Autowired
	RetiredBinding retired;

	@BeforeEach
	@AfterEach
	void emptyTheAnswersQueues() {
		for (String queue : List.of(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE,
				MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)) {
			while (this.rabbit.receive(queue) != null) {
				// taken out
			}
		}
	}

	@AfterAll
	void removeQueues() {
		this.admin.deleteQueue(MessagingTopology.purchasesQueue(CODE));
		this.admin.deleteQueue(MessagingTopology.deadLetterQueue(CODE));
	}

	@Test
	void declaresEachConfiguredManufacturersQueuesSoPurchasesAreRoutableBeforeItStarts() {
		Message purchase = MessageBuilder.withBody("{}".getBytes()).setMessageId("topology-1").build();

		this.rabbit.send(MessagingTopology.PURCHASES_EXCHANGE, CODE, purchase);

		Message received = this.rabbit.receive(MessagingTopology.purchasesQueue(CODE), 5_000);
		assertThat(received).isNotNull();
		assertThat(received.getMessageProperties().getMessageId()).isEqualTo("topology-1");
		assertThat(this.admin.getQueueInfo(MessagingTopology.deadLetterQueue(CODE))).isNotNull();
	}

	@Test
	void routesAcknowledgementsToTheirOwnQueueAndReportsToTheirs() {
		acknowledge("topology-ack");
		send(MessagingTopology.eventRoutingKey(SubOrderShipped.KIND, CODE), "topology-shipped");

		assertThat(idsIn(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE)).containsExactly("topology-ack");
		assertThat(idsIn(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)).containsExactly("topology-shipped");
	}

	/**
	 * A broker that an earlier distributor set up routes acknowledgements to the reports'
	 * queue too; the binding goes on the next connection, after the new one is declared.
	 */
	@Test
	void removesTheBindingThatSentAcknowledgementsToTheReportsQueueOnItsNextConnection() {
		Binding earlier = new Binding(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE, Binding.DestinationType.QUEUE,
				MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, MessagingTopology.ACKNOWLEDGEMENT_KIND + ".*", null);
		this.admin.declareBinding(earlier);
		acknowledge("routed-twice");
		assertThat(idsIn(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)).containsExactly("routed-twice");
		assertThat(idsIn(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE)).containsExactly("routed-twice");

		this.connections.resetConnection();
		acknowledge("routed-once");

		assertThat(idsIn(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE)).containsExactly("routed-once");
		assertThat(idsIn(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)).isEmpty();
	}

	@Test
	void aRetiredBindingAlreadyGoneIsRemovedAgainWithoutAnError() {
		this.retired.remove();
		this.retired.remove();

		acknowledge("after-removals");
		assertThat(idsIn(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE)).containsExactly("after-removals");
		assertThat(idsIn(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)).isEmpty();
	}

	@Test
	void declaresTheQueueOfManufacturerPresenceAndItsDeadLetterQueue() {
		assertThat(this.admin.getQueueInfo(MessagingTopology.PRESENCE_QUEUE)).isNotNull();
		assertThat(this.admin.getQueueInfo(MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE)).isNotNull();
	}

	/**
	 * An acknowledgement as the manufacturer {@link #CODE} sends one (no body to read).
	 */
	private void acknowledge(String messageId) {
		send(MessagingTopology.acknowledgementRoutingKey(CODE), messageId);
	}

	private void send(String routingKey, String messageId) {
		this.rabbit.send(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, routingKey,
				MessageBuilder.withBody("{}".getBytes()).setMessageId(messageId).build());
	}

	/**
	 * The ids of the messages in a queue, taken out of it until none comes for a second.
	 */
	private List<String> idsIn(String queue) {
		List<String> ids = new ArrayList<>();
		for (Message message = this.rabbit.receive(queue, 1_000); message != null; message = this.rabbit.receive(queue,
				1_000)) {
			ids.add(message.getMessageProperties().getMessageId());
		}
		return ids;
	}

}
