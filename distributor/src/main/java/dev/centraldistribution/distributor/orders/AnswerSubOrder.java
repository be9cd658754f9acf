package dev.centraldistribution.distributor.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.orders.AnswerOutcome.AlreadyAnswered;
import dev.centraldistribution.distributor.orders.AnswerOutcome.Applied;
import dev.centraldistribution.distributor.orders.AnswerOutcome.Refused;
import dev.centraldistribution.distributor.orders.AnswerOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.orders.AnswerOutcome.WrongManufacturer;
import dev.centraldistribution.distributor.orders.AnswerRows.LineRow;
import dev.centraldistribution.distributor.orders.AnswerRows.OrderRow;
import dev.centraldistribution.distributor.orders.AnswerRows.SubOrderRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a manufacturer's answer to its sub-order, once: marks each line accepted or
 * rejected (a rejected line is due a refund) and fires the answer at the sub-order as
 * {@link SubOrderTransitions} allows (an answer to a cancelled sub-order is refused; a
 * late one to a shipped sub-order answers its lines and leaves it shipped). The order row
 * is locked first, so that answers for two sub-orders of one order apply one after the
 * other and the last one sees both, and a second answer for the same sub-order finds its
 * lines answered.
 */
@Service
public class AnswerSubOrder {

	/** The reason given for a line the answer does not mention. */
	static final String NOT_ANSWERED = "not answered by the manufacturer";

	private final AnswerRows rows;

	private final SubOrderMoves moves;

	AnswerSubOrder(AnswerRows rows, SubOrderMoves moves) {
		this.rows = rows;
		this.moves = moves;
	}

	/**
	 * Applies an answer.
	 * @param subOrder the sub-order answered
	 * @param manufacturerCode who answers
	 * @param lines the answer per line, by sku; a line left out counts as rejected
	 * @return what changed
	 */
	@Transactional
	public AnswerOutcome answer(SubOrderId subOrder, String manufacturerCode, List<LineAnswer> lines) {
		SubOrderRow row = this.rows.subOrder(subOrder).orElse(null);
		if (row == null) {
			return new UnknownSubOrder();
		}
		if (!row.manufacturerCode().equals(manufacturerCode)) {
			return new WrongManufacturer();
		}
		OrderRow order = this.rows.lockOrder(row.order());
		List<LineRow> lineRows = this.rows.lines(subOrder);
		if (lineRows.stream().anyMatch(LineRow::answered)) {
			return new AlreadyAnswered();
		}
		Map<String, LineAnswer> bySku = lines.stream()
			.collect(Collectors.toMap(LineAnswer::sku, Function.identity(), (first, next) -> first));
		List<LineAnswer> answers = lineRows.stream()
			.map((line) -> bySku.getOrDefault(line.sku(), new LineAnswer(line.sku(), false, NOT_ANSWERED)))
			.toList();
		SubOrderEvent event = SubOrderEvent.answeredBy(answers.stream().map(LineAnswer::accepted).toList());
		EventOutcome fired = this.moves.fire(row.order(), subOrder, this.rows.status(subOrder), event, null);
		if (fired instanceof EventOutcome.Refused refused) {
			return new Refused(refused.status());
		}
		List<RefundDue> refunds = new ArrayList<>();
		for (int i = 0; i < lineRows.size(); i++) {
			LineRow line = lineRows.get(i);
			LineAnswer lineAnswer = answers.get(i);
			boolean refundDue = !lineAnswer.accepted() && order.paymentReference() != null;
			this.rows.answerLine(line.id(), lineAnswer.accepted(), lineAnswer.accepted() ? null : reason(lineAnswer),
					refundDue);
			if (refundDue) {
				refunds.add(new RefundDue(line.id(), order.paymentReference(), line.amountCents()));
			}
		}
		EventOutcome.Applied applied = (EventOutcome.Applied) fired;
		return new Applied(row.order(), order.placedAt(), applied.to(), applied.orderStatus(), refunds);
	}

	private static String reason(LineAnswer line) {
		String reason = (line.reason() == null || line.reason().isBlank()) ? "rejected" : line.reason().strip();
		return (reason.length() > 200) ? reason.substring(0, 200) : reason;
	}

}
