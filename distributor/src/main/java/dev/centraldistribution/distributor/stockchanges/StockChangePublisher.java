package dev.centraldistribution.distributor.stockchanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.catalog.AvailabilityChanged;
import dev.centraldistribution.distributor.catalog.OfferingId;

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
 * Collects the offerings changed by this instance's commits and sends them to all
 * instances, coalesced: the first change after a quiet spell schedules one flush a
 * {@code coalesce-interval} later, and everything committed until then travels with it,
 * in messages of at most {@code max-offerings-per-message} ids. A busy instance thus
 * sends at most one batch per interval, and a pull that changed 10,000 offerings sends a
 * few messages of bounded size rather than 10,000 or one huge one.
 * <p>
 * The committing thread only adds ids to a set: the broker is talked to on this class's
 * own thread, so a slow or absent broker never delays a checkout, and a failure is
 * counted and logged, never thrown into the code that committed.
 */
@Component
class StockChangePublisher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StockChangePublisher.class);

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final StockChangeMetrics metrics;

	private final LiveUpdatesProperties properties;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Set<Long> changed = new LinkedHashSet<>();

	private boolean flushScheduled;

	StockChangePublisher(RabbitTemplate rabbit, JsonMapper json, StockChangeMetrics metrics,
			LiveUpdatesProperties properties) {
		this.rabbit = rabbit;
		this.json = json;
		this.metrics = metrics;
		this.properties = properties;
		this.scheduler.setThreadNamePrefix("stock-changes-");
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
	}

	/** Heard after commit only: a rolled-back checkout or pull changed nothing. */
	@TransactionalEventListener
	void on(AvailabilityChanged event) {
		collect(event.offerings());
	}

	void collect(Collection<OfferingId> offerings) {
		synchronized (this) {
			offerings.forEach((offering) -> this.changed.add(offering.value()));
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
			logger.debug("Stock changes not scheduled for sending", ex);
		}
	}

	void flush() {
		List<Long> offerings;
		synchronized (this) {
			offerings = new ArrayList<>(this.changed);
			this.changed.clear();
			this.flushScheduled = false;
		}
		int chunk = this.properties.maxOfferingsPerMessage();
		for (int from = 0; from < offerings.size(); from += chunk) {
			publish(offerings.subList(from, Math.min(offerings.size(), from + chunk)));
		}
	}

	private void publish(List<Long> offerings) {
		StockChangeNotice notice = new StockChangeNotice(UUID.randomUUID().toString(), StockChangeNotice.SCHEMA_VERSION,
				Instant.now(), List.copyOf(offerings));
		try {
			this.rabbit.send(MessagingTopology.STOCK_CHANGES_EXCHANGE, "", toAmqp(notice));
			this.metrics.sent("published");
		}
		catch (RuntimeException ex) {
			this.metrics.sent("failed");
			logger.warn("Stock changes of {} offering(s) not sent: {}", offerings.size(), ex.getMessage());
		}
	}

	private Message toAmqp(StockChangeNotice notice) {
		return MessageBuilder.withBody(this.json.writeValueAsBytes(notice))
			.setContentType(MessageProperties.CONTENT_TYPE_JSON)
			.setMessageId(notice.messageId())
			.setType(StockChangeNotice.TYPE)
			.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT)
			.setTimestamp(Date.from(notice.sentAt()))
			.build();
	}

	@Override
	public void destroy() {
		this.scheduler.shutdown();
	}

}
