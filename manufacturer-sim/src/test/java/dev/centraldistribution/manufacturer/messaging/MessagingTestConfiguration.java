package dev.centraldistribution.manufacturer.messaging;

import java.util.List;

import dev.centraldistribution.manufacturer.ManufacturerProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/**
 * A broker for tests that consume, and the distributor's side of it. Without the
 * {@code rabbitmq} profile the broker is the shared {@link TestAmqpBroker}; with it, the
 * RabbitMQ of {@code spring.rabbitmq.*}. Closing the context stops the consumer, then
 * deletes the manufacturer's queues.
 */
@TestConfiguration(proxyBeanMethods = false)
class MessagingTestConfiguration {

	@Bean
	@Profile("!rabbitmq")
	RabbitConnectionDetails testAmqpBrokerConnectionDetails() {
		TestAmqpBroker broker = TestAmqpBroker.shared();
		return () -> List.of(new RabbitConnectionDetails.Address("127.0.0.1", broker.port()));
	}

	@Bean(destroyMethod = "close")
	TestDistributor testDistributor(ManufacturerProperties manufacturer, AmqpAdmin admin, RabbitTemplate rabbit,
			JsonMapper jsonMapper) {
		return new TestDistributor(manufacturer.code(), admin, rabbit, jsonMapper);
	}

}
