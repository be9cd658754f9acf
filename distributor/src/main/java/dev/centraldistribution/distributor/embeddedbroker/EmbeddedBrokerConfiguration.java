package dev.centraldistribution.distributor.embeddedbroker;

import java.util.List;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded broker and points Spring AMQP at it, replacing the
 * {@code spring.rabbitmq.*} connection settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedBrokerProperties.class)
@ConditionalOnProperty(name = "distributor.embedded-broker.enabled", havingValue = "true")
class EmbeddedBrokerConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedAmqpBroker embeddedAmqpBroker(EmbeddedBrokerProperties properties) {
		return EmbeddedAmqpBroker.start(properties.port(), properties.storeDirectory());
	}

	@Bean
	RabbitConnectionDetails embeddedBrokerConnectionDetails(EmbeddedAmqpBroker broker) {
		return () -> List.of(new RabbitConnectionDetails.Address("127.0.0.1", broker.port()));
	}

}
