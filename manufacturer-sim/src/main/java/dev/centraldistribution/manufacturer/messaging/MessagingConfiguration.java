package dev.centraldistribution.manufacturer.messaging;

import java.time.Clock;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.cycles.RecordCycleSummary;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.outbox.OutboxProperties;
import dev.centraldistribution.manufacturer.purchases.ApplyCancellation;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.amqp.autoconfigure.RabbitTemplateCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The manufacturer's queues and its consumer, unless
 * {@code manufacturer.messaging.enabled} is off. Spring's {@code RabbitAdmin} declares
 * the topology whenever a connection opens, so the manufacturer starts without a broker
 * and sets up its queues once one is there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "manufacturer.messaging.enabled", matchIfMissing = true)
class MessagingConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

	/**
	 * Unacknowledged deliveries per consumer: enough to keep it busy while it waits for
	 * the broker's confirm of an acknowledgement, few enough to leave work to the others.
	 */
	private static final int PREFETCH = 10;

	/**
	 * The purchases exchange and queue are declared by the distributor too: both sides
	 * take the arguments from {@link MessagingTopology#queueArguments(String)}.
	 */
	@Bean
	Declarables purchasesTopology(ManufacturerProperties manufacturer, MessagingProperties messaging) {
		String code = manufacturer.code();
		DirectExchange purchases = new DirectExchange(MessagingTopology.PURCHASES_EXCHANGE, true, false);
		Queue queue = QueueBuilder.durable(MessagingTopology.purchasesQueue(code))
			.withArguments(messaging.queueArguments())
			.build();
		Queue deadLetters = QueueBuilder.durable(MessagingTopology.deadLetterQueue(code))
			.withArguments(messaging.queueArguments())
			.build();
		TopicExchange events = new TopicExchange(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, true, false);
		return new Declarables(purchases, queue, deadLetters, BindingBuilder.bind(queue).to(purchases).with(code),
				events);
	}

	/**
	 * Mandatory publishing, so that an unroutable acknowledgement comes back as a
	 * failure, on a connection of its own, so that a broker blocking publishers never
	 * blocks the consumers. The {@link ConfirmedPublisher} reports returns; the callback
	 * only keeps the template from warning that nobody listens.
	 */
	@Bean
	RabbitTemplateCustomizer mandatoryPublishingOnItsOwnConnection() {
		return (template) -> {
			template.setMandatory(true);
			template.setUsePublisherConnection(true);
			template.setReturnsCallback((returned) -> log.debug("Returned by the broker: {}", returned));
		};
	}

	@Bean
	ConfirmedPublisher confirmedPublisher(RabbitTemplate rabbit, MessagingProperties messaging) {
		return new ConfirmedPublisher(rabbit, messaging.confirmTimeout());
	}

	@Bean
	AcknowledgementPublisher acknowledgementPublisher(ConfirmedPublisher publisher, JsonMapper jsonMapper) {
		return new AcknowledgementPublisher(publisher, jsonMapper);
	}

	@Bean
	OutboxRelay outboxRelay(Outbox outbox, ConfirmedPublisher publisher, OutboxProperties properties, Clock clock) {
		return new OutboxRelay(outbox, publisher, properties, clock);
	}

	@Bean
	MessagingMetrics messagingMetrics(MeterRegistry registry) {
		return new MessagingMetrics(registry);
	}

	@Bean
	DistributorMessageListener distributorMessageListener(ManufacturerProperties manufacturer,
			MessagingProperties messaging, JsonMapper jsonMapper, ApplyPurchaseConfirmation applyConfirmation,
			RecordCycleSummary recordCycleSummary, ApplyCancellation applyCancellation,
			AcknowledgementPublisher acknowledgements, ConfirmedPublisher publisher, MessagingMetrics metrics,
			Clock clock) {
		var settlement = new DeliverySettlement(new DeadLetterQueue(publisher, manufacturer.code(), clock),
				new DeliveryAttempts(), messaging, metrics);
		return new DistributorMessageListener(new DistributorMessageReader(jsonMapper, manufacturer.code()),
				applyConfirmation, recordCycleSummary, applyCancellation, acknowledgements, settlement, metrics);
	}

	/**
	 * Consumes the purchases queue. A missing broker or queue at start is not fatal: the
	 * consumers try again every {@code recovery-interval} until they are in.
	 */
	@Bean
	SimpleMessageListenerContainer purchasesListenerContainer(ConnectionFactory connectionFactory,
			ManufacturerProperties manufacturer, MessagingProperties messaging, DistributorMessageListener listener) {
		var container = new SimpleMessageListenerContainer(connectionFactory);
		container.setQueueNames(MessagingTopology.purchasesQueue(manufacturer.code()));
		container.setMessageListener(listener);
		container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
		container.setConcurrentConsumers(messaging.concurrency());
		container.setPrefetchCount(PREFETCH);
		container.setMissingQueuesFatal(false);
		container.setRecoveryInterval(messaging.recoveryInterval().toMillis());
		return container;
	}

}
