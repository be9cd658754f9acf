package dev.centraldistribution.distributor.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.cycles.SalesCycle;

/**
 * The live part of the console's overview, refreshed every few seconds.
 *
 * @param at when it was gathered
 * @param ordersToday orders placed since midnight UTC
 * @param revenueToday what they brought in, formatted per currency
 * @param checkouts orders placed per minute over the last hour
 * @param shortages checkouts that ran short per minute over the last hour (this instance)
 * @param waitingOrders orders some manufacturer has not answered yet
 * @param overdueSubOrders sub-orders unanswered past the acknowledgement deadline
 * @param outboxBacklog messages not sent yet
 * @param oldestUnsentAge how long the oldest of them has waited
 * @param deadLetters dead-lettered purchases per manufacturer, empty when the broker
 * could not say
 * @param cycle the open sales cycle, {@code null} before the first
 * @param soldThisCycle units sold in it
 * @param pastCycles the latest closed cycles
 */
record Overview(Instant at, long ordersToday, List<String> revenueToday, BarChart checkouts, BarChart shortages,
		long waitingOrders, long overdueSubOrders, long outboxBacklog, Duration oldestUnsentAge,
		Map<String, Long> deadLetters, SalesCycle cycle, long soldThisCycle, List<PastCycle> pastCycles) {

	/**
	 * A closed cycle and what sold in it.
	 *
	 * @param number its number
	 * @param openedAt when it opened
	 * @param closedAt when it closed
	 * @param closeReason why it closed
	 * @param unitsSold units sold in it, rejected lines left out
	 */
	record PastCycle(long number, Instant openedAt, Instant closedAt, String closeReason, long unitsSold) {
	}

}
