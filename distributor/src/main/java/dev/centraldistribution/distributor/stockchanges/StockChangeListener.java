package dev.centraldistribution.distributor.stockchanges;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.rabbitmq.client.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged.StockLevel;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Consumes the stock-change notices of all instances (this one's too, so that every
 * dashboard follows one path) from this instance's own queue, reads the offerings'
 * current quantities in one query, and raises {@link StockLevelsChanged}.
 * <p>
 * Each delivery is acked as soon as it arrives, whatever becomes of it: a notice is worth
 * nothing once stale, and handing back one that failed would only repeat the failure. One
 * consumer keeps the notices in order.
 */
@Component
class StockChangeListener {

	private static final Logger logger = LoggerFactory.getLogger(StockChangeListener.class);

	private final JsonMapper json;

	private final OfferingCatalog catalog;

	private final ApplicationEventPublisher events;

	private final StockChangeMetrics metrics;

	StockChangeListener(JsonMapper json, OfferingCatalog catalog, ApplicationEventPublisher events,
			StockChangeMetrics metrics) {
		this.json = json;
		this.catalog = catalog;
		this.events = events;
		this.metrics = metrics;
	}

	@RabbitListener(queues = "#{stockChangesQueue.name}")
	void on(Message message, Channel channel) throws IOException {
		channel.basicAck(message.getMessageProperties().getDeliveryTag(), false);
		List<OfferingId> offerings = read(message);
		if (offerings == null) {
			this.metrics.received("unreadable");
			return;
		}
		try {
			Map<OfferingId, Long> available = this.catalog.availableOf(offerings);
			if (!available.isEmpty()) {
				this.events.publishEvent(new StockLevelsChanged(available.entrySet()
					.stream()
					.map((entry) -> new StockLevel(entry.getKey(), entry.getValue()))
					.toList()));
			}
			this.metrics.received("applied");
		}
		catch (RuntimeException ex) {
			this.metrics.received("failed");
			logger.warn("Stock changes {} not passed on: {}", message.getMessageProperties().getMessageId(),
					ex.getMessage());
		}
	}

	private List<OfferingId> read(Message message) {
		MessageProperties properties = message.getMessageProperties();
		if (properties.getType() != null && !StockChangeNotice.TYPE.equals(properties.getType())) {
			logger.warn("Ignoring message {} of type {}", properties.getMessageId(), properties.getType());
			return null;
		}
		try {
			StockChangeNotice notice = this.json.readValue(message.getBody(), StockChangeNotice.class);
			if (notice.schemaVersion() != StockChangeNotice.SCHEMA_VERSION || notice.offerings() == null) {
				throw new IllegalArgumentException("missing offerings or unknown schema version");
			}
			return notice.offerings().stream().map(OfferingId::new).toList();
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			logger.warn("Ignoring unreadable stock changes {}: {}", properties.getMessageId(), ex.getMessage());
			return null;
		}
	}

}
