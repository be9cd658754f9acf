package dev.centraldistribution.distributor.ordering;

import java.time.Instant;
import java.util.List;

/**
 * What applying a {@link ManufacturerAnswer} did.
 */
public sealed interface AcknowledgementOutcome {

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
			List<RefundDue> refundsDue) implements AcknowledgementOutcome {

		public Applied {
			refundsDue = List.copyOf(refundsDue);
		}

	}

	/** The sub-order was answered before: nothing changed. */
	record Duplicate() implements AcknowledgementOutcome {
	}

	/** No such sub-order: nothing changed. */
	record UnknownSubOrder() implements AcknowledgementOutcome {
	}

	/** The sub-order belongs to another manufacturer: nothing changed. */
	record WrongManufacturer() implements AcknowledgementOutcome {
	}

}
