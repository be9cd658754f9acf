package dev.centraldistribution.manufacturer.messaging;

import dev.centraldistribution.logging.LogFields;
import com.rabbitmq.client.Channel;
import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.cycles.RecordCycleSummary;
import dev.centraldistribution.manufacturer.purchases.AppliedConfirmation;
import dev.centraldistribution.manufacturer.purchases.ApplyCancellation;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareMessageListener;
import org.springframework.util.Assert;

/**
 * Consumes the purchases queue with manual acknowledgements. A purchase confirmation is
 * applied in one local transaction (or found applied before), its acknowledgement is
 * published and confirmed by the broker, and only then is the delivery acknowledged; a
 * crash anywhere in between redelivers it, and the redelivery publishes the stored
 * acknowledgement again. Cycle summaries are recorded once, then acknowledged; a
 * cancellation is applied once with its answer written to the outbox, then acknowledged.
 */
class DistributorMessageListener implements ChannelAwareMessageListener {

	private static final Logger log = LoggerFactory.getLogger(DistributorMessageListener.class);

	private final DistributorMessageReader reader;

	private final ApplyPurchaseConfirmation applyConfirmation;

	private final RecordCycleSummary recordCycleSummary;

	private final ApplyCancellation applyCancellation;

	private final AcknowledgementPublisher acknowledgements;

	private final DeliverySettlement settlement;

	private final MessagingMetrics metrics;

	DistributorMessageListener(DistributorMessageReader reader, ApplyPurchaseConfirmation applyConfirmation,
			RecordCycleSummary recordCycleSummary, ApplyCancellation applyCancellation,
			AcknowledgementPublisher acknowledgements, DeliverySettlement settlement, MessagingMetrics metrics) {
		this.reader = reader;
		this.applyCancellation = applyCancellation;
		this.applyConfirmation = applyConfirmation;
		this.recordCycleSummary = recordCycleSummary;
		this.acknowledgements = acknowledgements;
		this.settlement = settlement;
		this.metrics = metrics;
	}

	@Override
	public void onMessage(Message message, Channel channel) {
		Assert.notNull(channel, "Manual acknowledgements need the delivery's channel");
		String type = message.getMessageProperties().getType();
		try {
			if (PurchaseConfirmation.TYPE.equals(type)) {
				apply(this.reader.readConfirmation(message), message, channel);
			}
			else if (PurchaseCancellation.TYPE.equals(type)) {
				cancel(this.reader.readCancellation(message), message, channel);
			}
			else if (CycleSummary.TYPE.equals(type)) {
				record(this.reader.readCycleSummary(message), message, channel);
			}
			else {
				this.settlement.unreadable(channel, message, "unknown type property '" + type + "'");
			}
		}
		catch (UnreadableMessageException ex) {
			this.settlement.unreadable(channel, message, ex.getMessage());
		}
	}

	private void apply(PurchaseConfirmation confirmation, Message message, Channel channel) {
		try (LogFields.Scope fields = LogFields.with(LogFields.MESSAGE_ID, confirmation.messageId(),
				LogFields.ORDER_NUMBER, String.valueOf(confirmation.orderId()), LogFields.SUB_ORDER,
				String.valueOf(confirmation.subOrderId()), LogFields.MANUFACTURER, confirmation.manufacturerCode())) {
			applyLogged(confirmation, message, channel);
		}
	}

	private void applyLogged(PurchaseConfirmation confirmation, Message message, Channel channel) {
		try {
			AppliedConfirmation applied = this.applyConfirmation.apply(confirmation);
			if (applied.redelivery()) {
				log.info("Confirmation {} was applied before: publishing its stored acknowledgement again",
						confirmation.messageId());
			}
			else {
				this.metrics.applied(applied);
				log.debug("Applied confirmation {}: {} lines accepted, {} rejected", confirmation.messageId(),
						applied.acceptedLines(), applied.rejectedLines());
			}
			this.acknowledgements.publish(applied.acknowledgement());
		}
		catch (RuntimeException ex) {
			this.settlement.failed(channel, message, confirmation.messageId(), ex);
			return;
		}
		this.settlement.processed(channel, message, confirmation.messageId());
	}

	private void cancel(PurchaseCancellation cancellation, Message message, Channel channel) {
		try {
			boolean applied = this.applyCancellation.apply(cancellation);
			log.info("Cancellation {} of sub-order {} {}", cancellation.messageId(), cancellation.subOrderId(),
					applied ? "applied, answer in the outbox" : "was applied before");
		}
		catch (RuntimeException ex) {
			this.settlement.failed(channel, message, cancellation.messageId(), ex);
			return;
		}
		this.settlement.processed(channel, message, cancellation.messageId());
	}

	private void record(CycleSummary summary, Message message, Channel channel) {
		try {
			boolean recorded = this.recordCycleSummary.record(summary);
			log.info("Cycle {} summary {} {}", summary.cycleNumber(), summary.messageId(),
					recorded ? "recorded" : "was recorded before");
		}
		catch (RuntimeException ex) {
			this.settlement.failed(channel, message, summary.messageId(), ex);
			return;
		}
		this.settlement.processed(channel, message, summary.messageId());
	}

}
