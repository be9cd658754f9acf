package dev.centraldistribution.distributor.orders;

import java.util.List;

/**
 * The part of an order one manufacturer supplies.
 *
 * @param manufacturerName the manufacturer's name at purchase time
 * @param status where it stands
 * @param totalCents what its lines cost
 * @param lines its lines
 * @param overdue whether the manufacturer has not answered within the acknowledgement
 * deadline
 */
public record SubOrderSummary(String manufacturerName, SubOrderStatus status, long totalCents,
		List<OrderLineSummary> lines, boolean overdue) {

	public SubOrderSummary {
		lines = List.copyOf(lines);
	}

}
