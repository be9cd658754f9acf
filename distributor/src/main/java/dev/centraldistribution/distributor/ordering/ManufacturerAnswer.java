package dev.centraldistribution.distributor.ordering;

import java.util.List;
import java.util.Objects;

/**
 * A manufacturer's answer to the sub-order it was sent, line by line.
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

	/**
	 * Whether one line will be supplied.
	 *
	 * @param sku the manufacturer's product code
	 * @param accepted whether it will be supplied
	 * @param reason why not, when rejected
	 */
	public record LineAnswer(String sku, boolean accepted, String reason) {
	}

}
