package dev.centraldistribution.distributor.orders;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a new order, one sub-order per manufacturer, in the caller's transaction (the
 * checkout's), and announces it with {@link OrderPlaced} inside that transaction.
 */
@Service
public class RecordOrder {

	private final OrderWriter writer;

	private final ApplicationEventPublisher events;

	RecordOrder(OrderWriter writer, ApplicationEventPublisher events) {
		this.writer = writer;
		this.events = events;
	}

	/**
	 * Writes the order, its sub-orders and lines, then publishes {@link OrderPlaced}.
	 * @param order what was bought
	 * @return the order as placed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderPlaced record(NewOrder order) {
		OrderPlaced placed = this.writer.insert(order);
		this.events.publishEvent(placed);
		return placed;
	}

}
