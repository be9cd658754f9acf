package dev.centraldistribution.distributor.orders;

/**
 * What an event does to a sub-order in a given status, as {@link SubOrderTransitions}
 * says.
 */
public sealed interface Transition {

	/**
	 * The sub-order moves.
	 *
	 * @param to its new status
	 */
	record Move(SubOrderStatus to) implements Transition {
	}

	/**
	 * The event is applied (its details recorded) but the status stays: e.g. an
	 * acknowledgement that arrives after the shipment it preceded.
	 */
	record Stay() implements Transition {
	}

	/** The event is illegal or stale in this status: refused, logged, counted. */
	record Refuse() implements Transition {
	}

}
