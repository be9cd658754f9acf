package dev.centraldistribution.distributor.orders;

import java.util.List;

/**
 * The part of an order one manufacturer supplies.
 *
 * @param id the sub-order
 * @param manufacturerCode the manufacturer's code
 * @param manufacturerName the manufacturer's name at purchase time
 * @param status where it stands
 * @param totalCents what its lines cost
 * @param lines its lines
 * @param overdue whether the manufacturer has not answered within the acknowledgement
 * deadline
 * @param carrier who carries it once shipped, otherwise {@code null}
 * @param trackingNumber the carrier's tracking number once shipped, otherwise
 * {@code null}
 * @param timeline what happened to it, oldest first
 */
public record SubOrderSummary(SubOrderId id, String manufacturerCode, String manufacturerName, SubOrderStatus status,
		long totalCents, List<OrderLineSummary> lines, boolean overdue, String carrier, String trackingNumber,
		List<TimelineStep> timeline) {

	public SubOrderSummary {
		lines = List.copyOf(lines);
		timeline = List.copyOf(timeline);
	}

	/**
	 * Whether its customer may still ask to cancel it: until it has shipped.
	 */
	public boolean isCancellable() {
		return SubOrderTransitions.of(this.status, SubOrderEvent.CANCEL_REQUESTED) instanceof Transition.Move;
	}

	/**
	 * Whether nothing more will happen to it: delivered, or rejected or cancelled with
	 * every refund made.
	 */
	public boolean isSettled() {
		boolean refundPending = this.lines.stream().anyMatch((line) -> line.isRejected() && !line.refunded());
		return (this.status == SubOrderStatus.DELIVERED || this.status.isWithdrawn()) && !refundPending;
	}

}
