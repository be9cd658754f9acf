package dev.centraldistribution.distributor.orderchanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderChanged;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderOwners;
import dev.centraldistribution.distributor.stockchanges.LiveUpdatesProperties;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Collects the orders changed by this instance's commits and sends them, each with its
 * customer, to all instances: coalesced like the stock changes (one flush a
 * {@code distributor.live-updates.coalesce-interval} after the first change of a quiet
 * spell, messages of at most {@code max-offerings-per-message} orders). The committing
 * thread only adds ids to a set; the customers are read and the broker talked to on this
 * class's own thread, so neither delays a checkout or an answer, and a failure is counted
 * and logged, never thrown.
 */
@Component
class OrderChangePublisher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(OrderChangePublisher.class);

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final OrderOwners owners;

	private final OrderChangeMetrics metrics;

	private final LiveUpdatesProperties properties;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Set<OrderId> changed = new LinkedHashSet<>();

	private boolean flushScheduled;

	OrderChangePublisher(RabbitTemplate rabbit, JsonMapper json, OrderOwners owners, OrderChangeMetrics metrics,
			LiveUpdatesProperties properties) {
		this.rabbit = rabbit;
		this.json = json;
		this.owners = owners;
		this.metrics = metrics;
		this.properties = properties;
		this.scheduler.setThreadNamePrefix("order-changes-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
	}

	/** Heard after commit only: a rolled-back change changed nothing. */
	@TransactionalEventListener
	void on(OrderChanged event) {
		collect(List.of(event.order()));
	}

	void collect(Collection<OrderId> orders) {
		synchronized (this) {
			this.changed.addAll(orders);
			if (this.flushScheduled) {
				return;
			}
			this.flushScheduled = true;
		}
		try {
			this.scheduler.schedule(this::flush, Instant.now().plus(this.properties.coalesceInterval()));
		}
		catch (RuntimeException ex) {
			// Shutting down: drop the changes, there is nobody left to tell.
			synchronized (this) {
				this.flushScheduled = false;
				this.changed.clear();
			}
			logger.debug("Order changes not scheduled for sending", ex);
		}
	}

	void flush() {
		List<OrderId> orders;
		synchronized (this) {
			orders = new ArrayList<>(this.changed);
			this.changed.clear();
			this.flushScheduled = false;
		}
		int chunk = this.properties.maxOfferingsPerMessage();
		for (int from = 0; from < orders.size(); from += chunk) {
			publish(orders.subList(from, Math.min(orders.size(), from + chunk)));
		}
	}

	private void publish(List<OrderId> orders) {
		try {
			Map<OrderId, CustomerId> owners = this.owners.ownersOf(orders);
			if (owners.isEmpty()) {
				return;
			}
			List<OrderChangeNotice.Order> named = owners.entrySet()
				.stream()
				.map((entry) -> new OrderChangeNotice.Order(entry.getKey().value(), entry.getValue().value()))
				.toList();
			OrderChangeNotice notice = new OrderChangeNotice(UUID.randomUUID().toString(),
					OrderChangeNotice.SCHEMA_VERSION, Instant.now(), named);
			this.rabbit.send(OrderChangesTopology.EXCHANGE, "", toAmqp(notice));
			this.metrics.sent("published");
		}
		catch (RuntimeException ex) {
			this.metrics.sent("failed");
			logger.warn("Changes of {} order(s) not sent: {}", orders.size(), ex.getMessage());
		}
	}

	private Message toAmqp(OrderChangeNotice notice) {
		return MessageBuilder.withBody(this.json.writeValueAsBytes(notice))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(notice.messageId())
			.setType(OrderChangeNotice.TYPE)
			.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT)
			.setTimestamp(Date.from(notice.sentAt()))
			.build();
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
