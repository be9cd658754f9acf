package dev.centraldistribution.distributor.orderchanges;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.livechanges.CoalescingBatches;
import dev.centraldistribution.distributor.livechanges.LiveNotices;
import dev.centraldistribution.distributor.livechanges.LiveUpdatesProperties;
import dev.centraldistribution.distributor.orders.OrderChanged;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderOwners;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the orders changed by this instance's commits, each with its customer, to all
 * instances, coalesced like the stock changes by {@link CoalescingBatches}. The customers
 * are read and the broker talked to on the batches' own thread, so neither delays a
 * checkout or an answer; a failure is counted and logged, never thrown.
 */
@Component
class OrderChangePublisher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(OrderChangePublisher.class);

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final OrderOwners owners;

	private final OrderChangeMetrics metrics;

	private final CoalescingBatches<OrderId> changed;

	OrderChangePublisher(RabbitTemplate rabbit, JsonMapper json, OrderOwners owners, OrderChangeMetrics metrics,
			LiveUpdatesProperties properties) {
		this.rabbit = rabbit;
		this.json = json;
		this.owners = owners;
		this.metrics = metrics;
		this.changed = new CoalescingBatches<>("order-changes-", properties, this::publish);
	}

	/** Heard after commit only: a rolled-back change changed nothing. */
	@TransactionalEventListener
	void on(OrderChanged event) {
		collect(List.of(event.order()));
	}

	void collect(Collection<OrderId> orders) {
		this.changed.add(orders);
	}

	void flush() {
		this.changed.flush();
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
			this.rabbit.send(OrderChangesTopology.EXCHANGE, "", LiveNotices.message(this.json.writeValueAsBytes(notice),
					notice.messageId(), OrderChangeNotice.TYPE, notice.sentAt()));
			this.metrics.sent("published");
		}
		catch (RuntimeException ex) {
			this.metrics.sent("failed");
			logger.warn("Changes of {} order(s) not sent: {}", orders.size(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.changed.close();
	}

}
