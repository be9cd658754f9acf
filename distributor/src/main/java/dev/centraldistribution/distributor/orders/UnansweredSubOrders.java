package dev.centraldistribution.distributor.orders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sub-orders still waiting for their manufacturer's answer past the acknowledgement
 * deadline ({@code distributor.confirmations.acknowledgement-deadline}).
 */
@Service
@EnableConfigurationProperties(AcknowledgementDeadline.class)
public class UnansweredSubOrders {

	private final AnswerRows rows;

	private final AcknowledgementDeadline deadline;

	UnansweredSubOrders(AnswerRows rows, AcknowledgementDeadline deadline) {
		this.rows = rows;
		this.deadline = deadline;
	}

	/**
	 * Counts them.
	 * @param now the present moment
	 * @return how many sub-orders are overdue
	 */
	@Transactional(readOnly = true)
	public long overdue(Instant now) {
		return this.rows.unacknowledgedSince(this.deadline.overdueIfPlacedBefore(now));
	}

	/**
	 * Lists them, oldest first.
	 * @param now the present moment
	 * @param limit the most to list
	 * @return the overdue sub-orders
	 */
	@Transactional(readOnly = true)
	public List<SubOrderId> oldestOverdue(Instant now, int limit) {
		return this.rows.unacknowledgedPlacedBefore(this.deadline.overdueIfPlacedBefore(now), limit);
	}

	/** How long a manufacturer may take to answer before its sub-order is overdue. */
	public Duration deadline() {
		return this.deadline.acknowledgementDeadline();
	}

}
