package dev.centraldistribution.distributor.orders;

import java.util.List;

/**
 * What applying a {@link SubOrderMessage} did.
 */
public sealed interface EventOutcome {

	/**
	 * Applied: the sub-order moved, or stayed with the event recorded.
	 *
	 * @param order the order
	 * @param from the sub-order's status before
	 * @param to its status after ({@code from} when it stayed)
	 * @param orderStatus the order's status after
	 * @param refundsDue the lines a cancellation made due a refund, to refund after
	 * commit
	 */
	record Applied(OrderId order, SubOrderStatus from, SubOrderStatus to, OrderStatus orderStatus,
			List<RefundDue> refundsDue) implements EventOutcome {

		public Applied {
			refundsDue = List.copyOf(refundsDue);
		}

	}

	/**
	 * Illegal or stale in the sub-order's status: nothing changed.
	 *
	 * @param status the sub-order's status
	 */
	record Refused(SubOrderStatus status) implements EventOutcome {
	}

	/** The message was applied before: nothing changed. */
	record Duplicate() implements EventOutcome {
	}

	/** No such sub-order: nothing changed. */
	record UnknownSubOrder() implements EventOutcome {
	}

	/** The sub-order belongs to another manufacturer: nothing changed. */
	record WrongManufacturer() implements EventOutcome {
	}

}
