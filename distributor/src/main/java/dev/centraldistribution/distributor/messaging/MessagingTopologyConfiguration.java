package dev.centraldistribution.distributor.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The distributor's side of the messaging topology (docs/architecture.md), declared on
 * every connection: the exchanges; the queues shared by all instances of the
 * manufacturers' acknowledgements, of their reports (shipments, deliveries, answers to
 * cancellations) and of their presence (with the dead-letter queue of presence messages
 * nobody can read); each configured manufacturer's purchases queue and dead-letter queue,
 * so that no purchase is unroutable before a manufacturer first starts. The manufacturers
 * declare their own queues with the same arguments
 * ({@link MessagingTopology#queueArguments}). A binding of an earlier topology is removed
 * once the new ones are declared ({@link RetiredBinding}).
 */
@Configuration(proxyBeanMethods = false)
class MessagingTopologyConfiguration {

	@Bean
	Declarables distributorTopology(ManufacturerDirectory manufacturers, MessagingProperties properties) {
		Map<String, Object> arguments = MessagingTopology.queueArguments(properties.queueType().name());
		DirectExchange purchases = new DirectExchange(MessagingTopology.PURCHASES_EXCHANGE, true, false);
		TopicExchange events = new TopicExchange(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, true, false);
		Queue acknowledgements = new Queue(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE, true, false, false, arguments);
		Queue distributorEvents = new Queue(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE, true, false, false, arguments);
		Queue presence = new Queue(MessagingTopology.PRESENCE_QUEUE, true, false, false, arguments);
		List<Declarable> declarables = new ArrayList<>(List.of(purchases, events,
				new FanoutExchange(MessagingTopology.STOCK_CHANGES_EXCHANGE, true, false), acknowledgements,
				BindingBuilder.bind(acknowledgements).to(events).with(MessagingTopology.ACKNOWLEDGEMENT_KIND + ".*"),
				distributorEvents, BindingBuilder.bind(distributorEvents).to(events).with(SubOrderShipped.KIND + ".*"),
				BindingBuilder.bind(distributorEvents).to(events).with(SubOrderDelivered.KIND + ".*"),
				BindingBuilder.bind(distributorEvents).to(events).with(CancellationAnswer.KIND + ".*"), presence,
				BindingBuilder.bind(presence).to(events).with(ManufacturerHello.KIND + ".*"),
				BindingBuilder.bind(presence).to(events).with(ManufacturerHeartbeat.KIND + ".*"),
				BindingBuilder.bind(presence).to(events).with(ManufacturerBye.KIND + ".*"),
				new Queue(MessagingTopology.PRESENCE_DEAD_LETTER_QUEUE, true, false, false, arguments)));
		for (String code : manufacturers.configuredCodes()) {
			declarables.addAll(purchaseQueues(code, purchases, arguments));
		}
		return new Declarables(declarables);
	}

	/**
	 * Acknowledgements went to the reports' queue once: a broker that still routes them
	 * there would hand each one to both queues (applied once all the same, but twice the
	 * work, and an acknowledgement back behind the reports).
	 */
	@Bean
	RetiredBinding acknowledgementsWithTheReports(ConnectionFactory connections, AmqpAdmin admin) {
		return new RetiredBinding(connections, admin,
				new Binding(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE, Binding.DestinationType.QUEUE,
						MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE, MessagingTopology.ACKNOWLEDGEMENT_KIND + ".*",
						null));
	}

	private static List<Declarable> purchaseQueues(String code, DirectExchange purchases,
			Map<String, Object> arguments) {
		Queue queue = new Queue(MessagingTopology.purchasesQueue(code), true, false, false, arguments);
		Queue deadLetters = new Queue(MessagingTopology.deadLetterQueue(code), true, false, false, arguments);
		Binding binding = BindingBuilder.bind(queue).to(purchases).with(code);
		return List.of(queue, deadLetters, binding);
	}

}
