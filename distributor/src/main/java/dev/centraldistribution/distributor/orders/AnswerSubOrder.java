package dev.centraldistribution.distributor.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.orders.AnswerOutcome.AlreadyAnswered;
import dev.centraldistribution.distributor.orders.AnswerOutcome.Applied;
import dev.centraldistribution.distributor.orders.AnswerOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.orders.AnswerOutcome.WrongManufacturer;
import dev.centraldistribution.distributor.orders.AnswerRows.LineRow;
import dev.centraldistribution.distributor.orders.AnswerRows.OrderRow;
import dev.centraldistribution.distributor.orders.AnswerRows.SubOrderRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a manufacturer's answer to its sub-order, once: marks each line accepted or
 * rejected (a rejected line is due a refund), moves the sub-order and, once every
 * sub-order is answered, the order. The order row is locked first, so that answers for
 * two sub-orders of one order apply one after the other and the last one sees both, and a
 * second answer for the same sub-order finds it answered.
 */
@Service
public class AnswerSubOrder {

	/** The reason given for a line the answer does not mention. */
	static final String NOT_ANSWERED = "not answered by the manufacturer";

	private final AnswerRows rows;

	AnswerSubOrder(AnswerRows rows) {
		this.rows = rows;
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
		if (this.rows.status(subOrder).isAcknowledged()) {
			return new AlreadyAnswered();
		}
		Map<String, LineAnswer> bySku = lines.stream()
			.collect(Collectors.toMap(LineAnswer::sku, Function.identity(), (first, next) -> first));
		List<Boolean> accepted = new ArrayList<>();
		List<RefundDue> refunds = new ArrayList<>();
		for (LineRow line : this.rows.lines(subOrder)) {
			LineAnswer lineAnswer = bySku.getOrDefault(line.sku(), new LineAnswer(line.sku(), false, NOT_ANSWERED));
			boolean refundDue = !lineAnswer.accepted() && order.paymentReference() != null;
			this.rows.answerLine(line.id(), lineAnswer.accepted(), lineAnswer.accepted() ? null : reason(lineAnswer),
					refundDue);
			accepted.add(lineAnswer.accepted());
			if (refundDue) {
				refunds.add(new RefundDue(line.id(), order.paymentReference(), line.amountCents()));
			}
		}
		SubOrderStatus subOrderStatus = SubOrderStatus.answeredBy(accepted);
		if (!this.rows.moveSubOrder(subOrder, subOrderStatus)) {
			throw new IllegalStateException("Sub-order " + subOrder + " moved while its order was locked");
		}
		OrderStatus orderStatus = OrderStatus.of(this.rows.subOrderStatuses(row.order()));
		if (orderStatus != OrderStatus.PLACED) {
			this.rows.moveOrder(row.order(), orderStatus);
		}
		return new Applied(row.order(), order.placedAt(), subOrderStatus, orderStatus, refunds);
	}

	private static String reason(LineAnswer line) {
		String reason = (line.reason() == null || line.reason().isBlank()) ? "rejected" : line.reason().strip();
		return (reason.length() > 200) ? reason.substring(0, 200) : reason;
	}

}
