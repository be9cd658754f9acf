package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines manufacturers rejected that are still to be refunded, and the sub-orders
 * still waiting for their manufacturer's answer.
 */
@Service
public class LineRefunds {

	private final AnswerRows rows;

	LineRefunds(AnswerRows rows) {
		this.rows = rows;
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
		this.rows.markRefundRefused(refund.orderLineId(), reason);
	}

	@Transactional
	public void markRefunded(RefundDue refund, Instant now) {
		this.rows.markRefunded(refund.orderLineId(), now);
	}

}
