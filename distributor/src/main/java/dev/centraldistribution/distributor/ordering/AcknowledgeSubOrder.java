package dev.centraldistribution.distributor.ordering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.centraldistribution.distributor.ordering.AcknowledgementOutcome.Applied;
import dev.centraldistribution.distributor.ordering.AcknowledgementOutcome.Duplicate;
import dev.centraldistribution.distributor.ordering.AcknowledgementOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.ordering.AcknowledgementOutcome.WrongManufacturer;
import dev.centraldistribution.distributor.ordering.AcknowledgementRows.LineRow;
import dev.centraldistribution.distributor.ordering.AcknowledgementRows.OrderRow;
import dev.centraldistribution.distributor.ordering.AcknowledgementRows.SubOrderRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a manufacturer's answer to its sub-order, once: records the acknowledgement,
 * marks each line accepted or rejected (a rejected line is due a refund), moves the
 * sub-order and, once every sub-order is answered, the order. The order row is locked
 * first, so that answers for two sub-orders of one order apply one after the other and
 * the last one sees both.
 */
@Service
public class AcknowledgeSubOrder {

	/** The reason given for a line the answer does not mention. */
	static final String NOT_ANSWERED = "not answered by the manufacturer";

	private final AcknowledgementRows rows;

	AcknowledgeSubOrder(AcknowledgementRows rows) {
		this.rows = rows;
	}

	@Transactional
	public AcknowledgementOutcome apply(ManufacturerAnswer answer, Instant now) {
		SubOrderRow subOrder = this.rows.subOrder(answer.subOrder()).orElse(null);
		if (subOrder == null) {
			return new UnknownSubOrder();
		}
		if (!subOrder.manufacturerCode().equals(answer.manufacturerCode())) {
			return new WrongManufacturer();
		}
		OrderRow order = this.rows.lockOrder(subOrder.order());
		if (!this.rows.record(answer, now)) {
			return new Duplicate();
		}
		Map<String, ManufacturerAnswer.LineAnswer> bySku = answer.lines()
			.stream()
			.collect(Collectors.toMap(ManufacturerAnswer.LineAnswer::sku, Function.identity(), (first, next) -> first));
		List<Boolean> accepted = new ArrayList<>();
		List<RefundDue> refunds = new ArrayList<>();
		for (LineRow line : this.rows.lines(answer.subOrder())) {
			ManufacturerAnswer.LineAnswer lineAnswer = bySku.getOrDefault(line.sku(),
					new ManufacturerAnswer.LineAnswer(line.sku(), false, NOT_ANSWERED));
			boolean refundDue = !lineAnswer.accepted() && order.paymentReference() != null;
			this.rows.answerLine(line.id(), lineAnswer.accepted(), lineAnswer.accepted() ? null : reason(lineAnswer),
					refundDue);
			accepted.add(lineAnswer.accepted());
			if (refundDue) {
				refunds.add(new RefundDue(line.id(), order.paymentReference(), line.amountCents()));
			}
		}
		SubOrderStatus subOrderStatus = SubOrderStatus.answeredBy(accepted);
		if (!this.rows.moveSubOrder(answer.subOrder(), subOrderStatus)) {
			throw new IllegalStateException("Sub-order " + answer.subOrder() + " was answered without a record");
		}
		OrderStatus orderStatus = OrderStatus.of(this.rows.subOrderStatuses(subOrder.order()));
		if (orderStatus != OrderStatus.PLACED) {
			this.rows.moveOrder(subOrder.order(), orderStatus);
		}
		return new Applied(subOrder.order(), order.placedAt(), subOrderStatus, orderStatus, refunds);
	}

	private static String reason(ManufacturerAnswer.LineAnswer line) {
		String reason = (line.reason() == null || line.reason().isBlank()) ? "rejected" : line.reason().strip();
		return (reason.length() > 200) ? reason.substring(0, 200) : reason;
	}

}
