package dev.centraldistribution.distributor.orders;

/**
 * Thrown when an order or a sub-order is asked to move to a status it cannot reach from
 * the one it has.
 */
public class IllegalStatusTransitionException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	IllegalStatusTransitionException(Enum<?> from, Enum<?> to) {
		super("Cannot go from " + from + " to " + to);
	}

}
