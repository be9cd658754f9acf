package dev.centraldistribution.distributor.adapters;

import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listener containers of {@link NativeAnswers}: Spring Boot's listener settings
 * ({@code spring.rabbitmq.listener.simple.*}: manual acknowledgements, virtual threads),
 * with the consumers and prefetch of {@link NativeAnswersProperties}. The other listeners
 * of the distributor keep Boot's single consumer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NativeAnswersProperties.class)
class NativeAnswersConsumers {

	static final String CONTAINER_FACTORY = "nativeAnswersContainerFactory";

	@Bean(CONTAINER_FACTORY)
	SimpleRabbitListenerContainerFactory nativeAnswersContainerFactory(
			SimpleRabbitListenerContainerFactoryConfigurer configurer, ConnectionFactory connectionFactory,
			NativeAnswersProperties properties) {
		var factory = new SimpleRabbitListenerContainerFactory();
		configurer.configure(factory, connectionFactory);
		factory.setConcurrentConsumers(properties.consumers());
		factory.setPrefetchCount(properties.prefetch());
		return factory;
	}

}
