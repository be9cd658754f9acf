package dev.centraldistribution.distributor.orders;

import java.util.EnumMap;
import java.util.Map;

import dev.centraldistribution.distributor.orders.Transition.Move;
import dev.centraldistribution.distributor.orders.Transition.Refuse;
import dev.centraldistribution.distributor.orders.Transition.Stay;

import static dev.centraldistribution.distributor.orders.SubOrderStatus.ACCEPTED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.CANCELLED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.CANCEL_REQUESTED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.DELIVERED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.PLACED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.REJECTED;
import static dev.centraldistribution.distributor.orders.SubOrderStatus.SHIPPED;

/**
 * The one table of how a sub-order moves (docs/architecture.md, "Sub-order states").
 * Every (status, event) pair not listed is refused. Messages may arrive in any order, so
 * an event may skip a status it implies (a shipment confirms a purchase whose
 * acknowledgement is late), but never moves a sub-order back: a late acknowledgement of a
 * shipped sub-order stays, a late shipment of a delivered one is refused. A refused
 * cancellation means the manufacturer shipped: the sub-order moves to shipped, and the
 * shipment's own message, which may come after, stays to record carrier and tracking. A
 * part whose customer asked to cancel and whose manufacturer then supplied nothing (its
 * cancellation arrived before the purchase) is cancelled, not rejected: nothing ships and
 * the money goes back, as the customer asked; the manufacturer's answer to the
 * cancellation, which follows, stays.
 */
public final class SubOrderTransitions {

	private static final Map<SubOrderStatus, Map<SubOrderEvent, Transition>> TABLE = new EnumMap<>(
			SubOrderStatus.class);

	static {
		from(PLACED).on(SubOrderEvent.ACCEPTED, move(ACCEPTED))
			.on(SubOrderEvent.REJECTED, move(REJECTED))
			.on(SubOrderEvent.SHIPPED, move(SHIPPED))
			.on(SubOrderEvent.DELIVERED, move(DELIVERED))
			.on(SubOrderEvent.CANCEL_REQUESTED, move(CANCEL_REQUESTED));
		from(ACCEPTED).on(SubOrderEvent.SHIPPED, move(SHIPPED))
			.on(SubOrderEvent.DELIVERED, move(DELIVERED))
			.on(SubOrderEvent.CANCEL_REQUESTED, move(CANCEL_REQUESTED));
		from(SHIPPED).on(SubOrderEvent.ACCEPTED, stay())
			.on(SubOrderEvent.SHIPPED, stay())
			.on(SubOrderEvent.DELIVERED, move(DELIVERED))
			.on(SubOrderEvent.CANCEL_REFUSED, stay());
		from(DELIVERED).on(SubOrderEvent.ACCEPTED, stay()).on(SubOrderEvent.CANCEL_REFUSED, stay());
		from(CANCEL_REQUESTED).on(SubOrderEvent.ACCEPTED, stay())
			.on(SubOrderEvent.REJECTED, move(CANCELLED))
			.on(SubOrderEvent.SHIPPED, move(SHIPPED))
			.on(SubOrderEvent.DELIVERED, move(DELIVERED))
			.on(SubOrderEvent.CANCEL_CONFIRMED, move(CANCELLED))
			.on(SubOrderEvent.CANCEL_REFUSED, move(SHIPPED));
		from(REJECTED);
		from(CANCELLED).on(SubOrderEvent.CANCEL_CONFIRMED, stay());
	}

	private SubOrderTransitions() {
	}

	/**
	 * What an event does to a sub-order.
	 * @param status where the sub-order stands
	 * @param event what happened
	 * @return move, stay or refuse
	 */
	public static Transition of(SubOrderStatus status, SubOrderEvent event) {
		return TABLE.get(status).getOrDefault(event, new Refuse());
	}

	private static Row from(SubOrderStatus status) {
		Map<SubOrderEvent, Transition> row = new EnumMap<>(SubOrderEvent.class);
		TABLE.put(status, row);
		return new Row(row);
	}

	private static Transition move(SubOrderStatus to) {
		return new Move(to);
	}

	private static Transition stay() {
		return new Stay();
	}

	private record Row(Map<SubOrderEvent, Transition> events) {

		Row on(SubOrderEvent event, Transition transition) {
			this.events.put(event, transition);
			return this;
		}

	}

}
