package dev.centraldistribution.distributor.orderchanges;

import java.io.IOException;
import java.util.List;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged.Change;
import dev.centraldistribution.distributor.orders.OrderId;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Consumes the order-change notices of all instances (this one's too) from this
 * instance's own queue and raises {@link OrdersChanged}. Each delivery is acked on
 * arrival, like the stock changes': a stale notice is worth nothing.
 */
@Component
class OrderChangeListener {

	private static final Logger logger = LoggerFactory.getLogger(OrderChangeListener.class);

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final OrderChangeMetrics metrics;

	OrderChangeListener(JsonMapper json, ApplicationEventPublisher events, OrderChangeMetrics metrics) {
		this.json = json;
		this.events = events;
		this.metrics = metrics;
	}

	@RabbitListener(queues = "#{orderChangesQueue.name}")
	void on(Message message, Channel channel) throws IOException {
		channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
		List<Change> changes = read(message);
		if (changes == null) {
			this.metrics.received("unreadable");
			return;
		}
		this.metrics.received("applied");
		if (!changes.isEmpty()) {
			this.events.publishEvent(new OrdersChanged(changes));
		}
	}

	private List<Change> read(Message message) {
		MessageProperties properties = message.getMessageProperties();
		if (properties.getType() != null && !OrderChangeNotice.TYPE.equals(properties.getType())) {
			logger.warn("Ignoring message {} of type {}", properties.getMessageId(), properties.getType());
			return null;
		}
		try {
			OrderChangeNotice notice = this.json.readValue(message.getBody(), OrderChangeNotice.class);
			if (notice.schemaVersion() != OrderChangeNotice.SCHEMA_VERSION || notice.orders() == null) {
				throw new IllegalArgumentException("missing orders or unknown schema version");
			}
			return notice.orders()
				.stream()
				.map((order) -> new Change(new OrderId(order.order()), new CustomerId(order.customer())))
				.toList();
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			logger.warn("Ignoring unreadable order changes {}: {}", properties.getMessageId(), ex.getMessage());
			return null;
		}
	}

}
