package dev.centraldistribution.distributor.orders;

import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.orders.AnswerRows.SubOrderRow;
import dev.centraldistribution.distributor.orders.EventOutcome.Applied;
import dev.centraldistribution.distributor.orders.EventOutcome.Duplicate;
import dev.centraldistribution.distributor.orders.EventOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.orders.EventOutcome.WrongManufacturer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a manufacturer's report about a sub-order (shipped, delivered, its answer to a
 * cancellation) once by message id, as far as {@link SubOrderTransitions} allows. The
 * order row is locked first, so that reports about one order apply one after the other. A
 * confirmed cancellation marks every line not refunded yet due a refund, and puts the
 * units its manufacturer had accepted back on sale ({@link StockLedger#putBack}), in the
 * same transaction; the caller refunds them after commit.
 */
@Service
public class MoveSubOrder {

	private final AnswerRows answerRows;

	private final TransitionRows rows;

	private final SubOrderMoves moves;

	private final TransitionMetrics metrics;

	private final CancellationRows cancellations;

	private final StockLedger stock;

	MoveSubOrder(AnswerRows answerRows, TransitionRows rows, SubOrderMoves moves, TransitionMetrics metrics,
			CancellationRows cancellations, StockLedger stock) {
		this.cancellations = cancellations;
		this.stock = stock;
		this.answerRows = answerRows;
		this.rows = rows;
		this.moves = moves;
		this.metrics = metrics;
	}

	/**
	 * Applies a report.
	 * @param message the report
	 * @return what changed
	 */
	@Transactional
	public EventOutcome apply(SubOrderMessage message) {
		SubOrderRow row = this.answerRows.subOrder(message.subOrder()).orElse(null);
		if (row == null) {
			return new UnknownSubOrder();
		}
		if (!row.manufacturerCode().equals(message.manufacturerCode())) {
			return new WrongManufacturer();
		}
		this.answerRows.lockOrder(row.order());
		if (this.rows.seen(message.messageId())) {
			this.metrics.count(message.event(), "duplicate");
			return new Duplicate();
		}
		SubOrderStatus from = this.answerRows.status(message.subOrder());
		EventOutcome outcome = this.moves.fire(row.order(), message.subOrder(), from, message.event(),
				message.messageId());
		if (outcome instanceof Applied && message.shipment() != null && message.event() == SubOrderEvent.SHIPPED) {
			this.rows.shipment(message.subOrder(), message.shipment());
		}
		if (outcome instanceof Applied applied && applied.to() == SubOrderStatus.CANCELLED
				&& applied.from() != SubOrderStatus.CANCELLED) {
			this.stock.putBack(this.cancellations.acceptedUnits(message.subOrder()));
			return new Applied(applied.order(), applied.from(), applied.to(), applied.orderStatus(),
					this.cancellations.markRefundsDue(message.subOrder()));
		}
		return outcome;
	}

}
