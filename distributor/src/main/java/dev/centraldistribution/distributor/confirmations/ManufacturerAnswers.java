package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.util.List;

import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.AnswerUnreadable;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.PurchaseAnswered;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.orders.AnswerOutcome;
import dev.centraldistribution.distributor.orders.EventOutcome;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.RefundDue;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies what the manufacturers answered, as their adapters hand it on, whatever the
 * wire: acknowledgements move sub-orders and orders ({@link AcknowledgeSubOrder}),
 * shipment and delivery reports and answers to cancellations move sub-orders through the
 * orders' API ({@link MoveSubOrder}), each once by message id; then what became due is
 * refunded. Runs in the adapter's thread: an exception here is the adapter's cue to hand
 * the answer back and try again; refunds that fail are left to the periodic retry.
 */
@Component
@EnableConfigurationProperties(ConfirmationsProperties.class)
class ManufacturerAnswers {

	private static final Logger logger = LoggerFactory.getLogger(ManufacturerAnswers.class);

	private final AcknowledgeSubOrder acknowledge;

	private final MoveSubOrder moveSubOrder;

	private final RejectedLineRefunds refunds;

	private final ConfirmationMetrics metrics;

	private final Clock clock;

	ManufacturerAnswers(AcknowledgeSubOrder acknowledge, MoveSubOrder moveSubOrder, RejectedLineRefunds refunds,
			ConfirmationMetrics metrics, Clock clock) {
		this.acknowledge = acknowledge;
		this.moveSubOrder = moveSubOrder;
		this.refunds = refunds;
		this.metrics = metrics;
		this.clock = clock;
	}

	@EventListener
	void on(PurchaseAnswered answered) {
		ManufacturerAnswer answer = new ManufacturerAnswer(answered.messageId(), new SubOrderId(answered.subOrderId()),
				answered.manufacturerCode(),
				answered.lines()
					.stream()
					.map((line) -> new LineAnswer(line.sku(), line.accepted(), line.reason()))
					.toList());
		AnswerOutcome outcome = this.acknowledge.apply(answer, this.clock.instant());
		if (outcome instanceof AnswerOutcome.Applied applied) {
			this.metrics.acknowledgement("applied");
			this.metrics.answered(applied.placedAt(), this.clock.instant());
			refund(applied.refundsDue());
		}
		else if (outcome instanceof AnswerOutcome.AlreadyAnswered) {
			this.metrics.acknowledgement("duplicate");
		}
		else if (outcome instanceof AnswerOutcome.Refused refused) {
			this.metrics.acknowledgement("refused");
			logger.warn("Acknowledgement {} is for sub-order {}, which is {}: ignored", answer.messageId(),
					answer.subOrder(), refused.status());
		}
		else if (outcome instanceof AnswerOutcome.UnknownSubOrder) {
			this.metrics.acknowledgement("unknown-sub-order");
			logger.warn("Acknowledgement {} is for unknown sub-order {}: ignored", answer.messageId(),
					answer.subOrder());
		}
		else {
			this.metrics.acknowledgement("wrong-manufacturer");
			logger.warn("Acknowledgement {} from {} is for another manufacturer's sub-order {}: ignored",
					answer.messageId(), answer.manufacturerCode(), answer.subOrder());
		}
	}

	@EventListener
	void on(SubOrderReported reported) {
		SubOrderMessage report = new SubOrderMessage(reported.messageId(), new SubOrderId(reported.subOrderId()),
				reported.manufacturerCode(), event(reported), (reported.report() == Report.SHIPPED)
						? new Shipment(reported.carrier(), reported.trackingNumber()) : null);
		EventOutcome outcome = this.moveSubOrder.apply(report);
		this.metrics.report(outcomeName(outcome));
		if (outcome instanceof EventOutcome.Applied applied) {
			refund(applied.refundsDue());
		}
		if (outcome instanceof EventOutcome.UnknownSubOrder || outcome instanceof EventOutcome.WrongManufacturer) {
			logger.warn("Report {} from {} about sub-order {} ignored: {}", report.messageId(),
					report.manufacturerCode(), report.subOrder(), outcomeName(outcome));
		}
	}

	@EventListener
	void on(AnswerUnreadable unreadable) {
		if (unreadable.report()) {
			this.metrics.report("unreadable");
		}
		else {
			this.metrics.acknowledgement("unreadable");
		}
	}

	private void refund(List<RefundDue> due) {
		try {
			this.refunds.refund(due);
		}
		catch (RuntimeException ex) {
			logger.warn("Refunds after an answer failed, left to the retry: {}", ex.toString());
		}
	}

	private static SubOrderEvent event(SubOrderReported reported) {
		return switch (reported.report()) {
			case SHIPPED -> SubOrderEvent.SHIPPED;
			case DELIVERED -> SubOrderEvent.DELIVERED;
			case CANCELLED -> SubOrderEvent.CANCEL_CONFIRMED;
			case CANCEL_REFUSED -> SubOrderEvent.CANCEL_REFUSED;
		};
	}

	private static String outcomeName(EventOutcome outcome) {
		if (outcome instanceof EventOutcome.Applied) {
			return "applied";
		}
		if (outcome instanceof EventOutcome.Refused) {
			return "refused";
		}
		if (outcome instanceof EventOutcome.Duplicate) {
			return "duplicate";
		}
		return (outcome instanceof EventOutcome.UnknownSubOrder) ? "unknown-sub-order" : "wrong-manufacturer";
	}

}
