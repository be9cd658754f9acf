package dev.centraldistribution.distributor.ordering;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lines manufacturers rejected that are still to be refunded, and the sub-orders
 * still waiting for their manufacturer's answer.
 */
@Service
public class RejectedLines {

	private final AcknowledgementRows rows;

	RejectedLines(AcknowledgementRows rows) {
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public List<RefundDue> refundsDue(int limit) {
		return this.rows.refundsDue(limit);
	}

	@Transactional
	public void markRefunded(RefundDue refund, Instant now) {
		this.rows.markRefunded(refund.orderLineId(), now);
	}

}
