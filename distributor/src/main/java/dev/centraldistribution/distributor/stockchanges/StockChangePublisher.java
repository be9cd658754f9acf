package dev.centraldistribution.distributor.stockchanges;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.catalog.AvailabilityChanged;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.livechanges.CoalescingBatches;
import dev.centraldistribution.distributor.livechanges.LiveNotices;
import dev.centraldistribution.distributor.livechanges.LiveUpdatesProperties;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the offerings changed by this instance's commits to all instances, coalesced by
 * {@link CoalescingBatches} (at most one round per {@code coalesce-interval}, messages of
 * at most {@code max-offerings-per-message} ids). A failure to publish is counted and
 * logged, never thrown into the code that committed.
 */
@Component
class StockChangePublisher implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(StockChangePublisher.class);

	private final RabbitTemplate rabbit;

	private final JsonMapper json;

	private final StockChangeMetrics metrics;

	private final CoalescingBatches<Long> changed;

	StockChangePublisher(RabbitTemplate rabbit, JsonMapper json, StockChangeMetrics metrics,
			LiveUpdatesProperties properties) {
		this.rabbit = rabbit;
		this.json = json;
		this.metrics = metrics;
		this.changed = new CoalescingBatches<>("stock-changes-", properties, this::publish);
	}

	/** Heard after commit only: a rolled-back checkout or pull changed nothing. */
	@TransactionalEventListener
	void on(AvailabilityChanged event) {
		collect(event.offerings());
	}

	void collect(Collection<OfferingId> offerings) {
		this.changed.add(offerings.stream().map(OfferingId::value).toList());
	}

	void flush() {
		this.changed.flush();
	}

	private void publish(List<Long> offerings) {
		StockChangeNotice notice = new StockChangeNotice(UUID.randomUUID().toString(), StockChangeNotice.SCHEMA_VERSION,
				Instant.now(), offerings);
		try {
			this.rabbit.send(MessagingTopology.STOCK_CHANGES_EXCHANGE, "", LiveNotices.message(
					this.json.writeValueAsBytes(notice), notice.messageId(), StockChangeNotice.TYPE, notice.sentAt()));
			this.metrics.sent("published");
		}
		catch (RuntimeException ex) {
			this.metrics.sent("failed");
			logger.warn("Stock changes of {} offering(s) not sent: {}", offerings.size(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.changed.close();
	}

}
