package dev.centraldistribution.distributor.confirmations;

import java.util.List;
import java.util.Objects;

import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.SubOrderId;

/**
 * A manufacturer's acknowledgement of the sub-order it was sent, line by line.
 *
 * @param messageId the acknowledgement's message id, unique per acknowledgement
 * @param subOrder the sub-order answered
 * @param manufacturerCode who answers
 * @param lines the outcome per line, by sku
 */
public record ManufacturerAnswer(String messageId, SubOrderId subOrder, String manufacturerCode,
		List<LineAnswer> lines) {

	public ManufacturerAnswer {
		Objects.requireNonNull(messageId, "messageId");
		Objects.requireNonNull(subOrder, "subOrder");
		Objects.requireNonNull(manufacturerCode, "manufacturerCode");
		lines = List.copyOf(lines);
	}

}
