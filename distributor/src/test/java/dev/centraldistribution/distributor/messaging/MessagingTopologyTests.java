package dev.centraldistribution.distributor.messaging;

import dev.centraldistribution.contracts.MessagingTopology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topology the messaging module declares, in a context of that module, the modules it
 * uses and the embedded broker: the rest of the application is not needed.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "embeddedbroker", "manufacturers" })
@TestPropertySource(properties = { "distributor.manufacturers[0].code=" + MessagingTopologyTests.CODE,
		"distributor.manufacturers[0].name=Topology Test", "distributor.manufacturers[0].base-url=http://127.0.0.1:9" })
class MessagingTopologyTests {

	static final String CODE = "topology-test";

	@Autowired
	AmqpAdmin admin;

	@Autowired
	RabbitTemplate rabbit;

	@AfterEach
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
	void declaresTheQueueOfManufacturerEventsSharedByAllInstances() {
		assertThat(this.admin.getQueueInfo(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE)).isNotNull();
	}

	@Test
	void declaresTheQueueOfManufacturerPresenceAndItsDeadLetterQueue() {
		assertThat(this.admin.getQueueInfo(MessagingTopology.PRESENCE_QUEUE)).isNotNull();
		assertThat(this.admin.getQueueInfo(MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE)).isNotNull();
	}

}
