package dev.centraldistribution.distributor.orders;

import java.util.List;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.AnswerRows.SubOrderRow;
import dev.centraldistribution.distributor.orders.CancellationOutcome.AlreadyRequested;
import dev.centraldistribution.distributor.orders.CancellationOutcome.NotFound;
import dev.centraldistribution.distributor.orders.CancellationOutcome.Requested;
import dev.centraldistribution.distributor.orders.CancellationOutcome.TooLate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer cancels an order, or one manufacturer's part of it, until that part has
 * shipped. Under the order's lock each part still cancellable moves to cancel requested
 * (as {@link SubOrderTransitions} allows: asked twice, the second finds it requested and
 * changes nothing) and {@link CancellationRequested} is published in the same
 * transaction, so that the message to the manufacturer is written with it. The part is
 * cancelled, and refunded, only once its manufacturer answers.
 */
@Service
public class RequestCancellation {

	private final AnswerRows rows;

	private final CancellationRows cancellations;

	private final SubOrderMoves moves;

	private final ApplicationEventPublisher events;

	RequestCancellation(AnswerRows rows, CancellationRows cancellations, SubOrderMoves moves,
			ApplicationEventPublisher events) {
		this.rows = rows;
		this.cancellations = cancellations;
		this.moves = moves;
		this.events = events;
	}

	/**
	 * Asks to cancel.
	 * @param customer who asks; only their own orders are found
	 * @param order the order
	 * @param part the part to cancel; {@code null} for every part of the order
	 * @return what happened
	 */
	@Transactional
	public CancellationOutcome request(CustomerId customer, OrderId order, SubOrderId part) {
		if (!this.cancellations.lockOrderOf(customer, order)) {
			return new NotFound();
		}
		List<SubOrderId> parts = this.cancellations.subOrders(order);
		if (part != null) {
			if (!parts.contains(part)) {
				return new NotFound();
			}
			parts = List.of(part);
		}
		int requested = 0;
		boolean tooLate = false;
		for (SubOrderId subOrder : parts) {
			SubOrderStatus from = this.rows.status(subOrder);
			if (SubOrderTransitions.of(from, SubOrderEvent.CANCEL_REQUESTED) instanceof Transition.Refuse) {
				tooLate |= from != SubOrderStatus.CANCEL_REQUESTED && from != SubOrderStatus.CANCELLED;
				continue;
			}
			this.moves.fire(order, subOrder, from, SubOrderEvent.CANCEL_REQUESTED, null);
			SubOrderRow row = this.rows.subOrder(subOrder).orElseThrow();
			this.events.publishEvent(new CancellationRequested(order, subOrder, row.manufacturerCode()));
			requested++;
		}
		if (requested > 0) {
			return new Requested(requested);
		}
		return tooLate ? new TooLate() : new AlreadyRequested();
	}

}
