package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;

/**
 * What a manufacturer's answer to its sub-order did.
 */
public sealed interface AnswerOutcome {

	/**
	 * The answer moved the sub-order, and the order once every sub-order is answered.
	 *
	 * @param order the order
	 * @param placedAt when the order was placed
	 * @param subOrderStatus the sub-order's new status
	 * @param orderStatus the order's status after the answer
	 * @param refundsDue the rejected lines, to refund after commit
	 */
	record Applied(OrderId order, Instant placedAt, SubOrderStatus subOrderStatus, OrderStatus orderStatus,
			List<RefundDue> refundsDue) implements AnswerOutcome {

		public Applied {
			refundsDue = List.copyOf(refundsDue);
		}

	}

	/** The sub-order was answered before: nothing changed. */
	record AlreadyAnswered() implements AnswerOutcome {
	}

	/**
	 * The sub-order's status refuses the answer (e.g. it was cancelled): nothing changed.
	 *
	 * @param status the sub-order's status
	 */
	record Refused(SubOrderStatus status) implements AnswerOutcome {
	}

	/** No such sub-order: nothing changed. */
	record UnknownSubOrder() implements AnswerOutcome {
	}

	/** The sub-order belongs to another manufacturer: nothing changed. */
	record WrongManufacturer() implements AnswerOutcome {
	}

}
