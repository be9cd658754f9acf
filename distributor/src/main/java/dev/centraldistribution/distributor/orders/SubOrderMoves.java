package dev.centraldistribution.distributor.orders;

import java.time.Clock;
import java.util.List;

import dev.centraldistribution.distributor.orders.EventOutcome.Applied;
import dev.centraldistribution.distributor.orders.EventOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Fires an event at a sub-order as {@link SubOrderTransitions} says, for the use cases
 * that hold its order's lock: refuses (logs and counts) what the table refuses, otherwise
 * moves the sub-order, records the event on its timeline and derives the order's status,
 * and publishes {@link OrderChanged} in the caller's transaction.
 */
@Component
class SubOrderMoves {

	private static final Logger logger = LoggerFactory.getLogger(SubOrderMoves.class);

	private final TransitionRows rows;

	private final TransitionMetrics metrics;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SubOrderMoves(TransitionRows rows, TransitionMetrics metrics, Clock clock, ApplicationEventPublisher events) {
		this.rows = rows;
		this.metrics = metrics;
		this.clock = clock;
		this.events = events;
	}

	EventOutcome fire(OrderId order, SubOrderId subOrder, SubOrderStatus from, SubOrderEvent event, String messageId) {
		Transition transition = SubOrderTransitions.of(from, event);
		if (transition instanceof Transition.Refuse) {
			logger.warn("Refused {} for sub-order {} in status {} (message {})", event, subOrder, from, messageId);
			this.metrics.count(event, "refused");
			return new Refused(from);
		}
		SubOrderStatus to = (transition instanceof Transition.Move move) ? move.to() : from;
		if (to != from && !this.rows.move(subOrder, from, to)) {
			throw new IllegalStateException("Sub-order " + subOrder + " moved while its order was locked");
		}
		this.rows.record(subOrder, messageId, event, to, this.clock.instant());
		this.metrics.count(event, (to != from) ? "moved" : "stayed");
		OrderStatus orderStatus = this.rows.derive(order);
		this.events.publishEvent(new OrderChanged(order));
		return new Applied(order, from, to, orderStatus, List.of());
	}

}
