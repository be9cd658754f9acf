package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines manufacturers rejected that are still to be refunded, and the sub-orders
 * still waiting for their manufacturer's answer. Marking a refund done (or refused for
 * good) publishes {@link OrderChanged}: the order's page says so.
 */
@Service
public class LineRefunds {

	private final AnswerRows rows;

	private final ApplicationEventPublisher events;

	LineRefunds(AnswerRows rows, ApplicationEventPublisher events) {
		this.rows = rows;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<RefundDue> refundsDue(int limit) {
		return this.rows.refundsDue(limit);
	}

	/**
	 * Stops retrying a refund the gateway refused for good.
	 * @param refund the refund
	 * @param reason the gateway's reason
	 */
	@Transactional
	public void markRefundRefused(RefundDue refund, String reason) {
		if (this.rows.markRefundRefused(refund.orderLineId(), reason)) {
			this.events.publishEvent(new OrderChanged(this.rows.orderOfLine(refund.orderLineId())));
		}
	}

	@Transactional
	public void markRefunded(RefundDue refund, Instant now) {
		if (this.rows.markRefunded(refund.orderLineId(), now)) {
			this.events.publishEvent(new OrderChanged(this.rows.orderOfLine(refund.orderLineId())));
		}
	}

}
