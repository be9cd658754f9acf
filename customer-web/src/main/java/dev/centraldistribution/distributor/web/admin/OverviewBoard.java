package dev.centraldistribution.distributor.web.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.checkout.ShortageTally;
import dev.centraldistribution.distributor.cycles.SalesCycle;
import dev.centraldistribution.distributor.cycles.SalesCycles;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;
import dev.centraldistribution.distributor.messaging.DeadLetters;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutboxBacklog;
import dev.centraldistribution.distributor.orders.OrderFigures;
import dev.centraldistribution.distributor.orders.OrderFigures.PlacedOrders;
import dev.centraldistribution.distributor.orders.SalesReport;
import dev.centraldistribution.distributor.orders.SubOrderBooks;
import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
import dev.centraldistribution.distributor.web.MoneyFormat;

import org.springframework.stereotype.Component;

/**
 * Gathers the overview's live figures from the modules that own them.
 */
@Component
class OverviewBoard {

	static final int PAST_CYCLES = 5;

	private final OrderFigures orders;

	private final ShortageTally shortages;

	private final UnansweredSubOrders unanswered;

	private final Outbox outbox;

	private final DeadLetters deadLetters;

	private final ManufacturerDirectory manufacturers;

	private final SalesCycles cycles;

	private final SubOrderBooks subOrders;

	private final SalesReport sales;

	private final MoneyFormat money;

	OverviewBoard(OrderFigures orders, ShortageTally shortages, UnansweredSubOrders unanswered, Outbox outbox,
			DeadLetters deadLetters, ManufacturerDirectory manufacturers, SalesCycles cycles, SubOrderBooks subOrders,
			SalesReport sales, MoneyFormat money) {
		this.orders = orders;
		this.shortages = shortages;
		this.unanswered = unanswered;
		this.outbox = outbox;
		this.deadLetters = deadLetters;
		this.manufacturers = manufacturers;
		this.cycles = cycles;
		this.subOrders = subOrders;
		this.sales = sales;
		this.money = money;
	}

	Overview now(Instant now) {
		Instant midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
		PlacedOrders today = this.orders.placedBetween(midnight, now.plusMillis(1));
		List<String> revenue = today.revenueCents()
			.entrySet()
			.stream()
			.map((entry) -> this.money.format(entry.getValue(), entry.getKey()))
			.toList();
		Instant hourAgo = now.minusSeconds(60L * (ShortageTally.MINUTES - 1));
		BarChart checkouts = BarChart.perMinute("Checkouts per minute",
				this.orders.placedPerMinute(hourAgo, ShortageTally.MINUTES));
		BarChart shortages = BarChart.perMinute("Shortages per minute", this.shortages.perMinute(now));
		OutboxBacklog backlog = this.outbox.backlog();
		Map<String, Long> deadLetters = this.deadLetters
			.perManufacturer(this.manufacturers.health().stream().map(ManufacturerHealth::code).toList());
		SalesCycle cycle = this.cycles.current().orElse(null);
		long soldThisCycle = (cycle != null) ? sum(this.subOrders.unitsSoldSince(cycle.openedAt())) : 0;
		List<Overview.PastCycle> past = this.cycles.recentlyClosed(PAST_CYCLES)
			.stream()
			.map((closed) -> new Overview.PastCycle(closed.number(), closed.openedAt(), closed.closedAt(),
					closed.closeReason(),
					this.sales.between(closed.openedAt(), closed.closedAt())
						.stream()
						.mapToLong(SalesReport.ProductSales::unitsSold)
						.sum()))
			.toList();
		return new Overview(now, today.count(), revenue, checkouts, shortages, this.orders.waitingForManufacturers(),
				this.unanswered.overdue(now), backlog.messages(), backlog.oldestAge(now), deadLetters, cycle,
				soldThisCycle, past);
	}

	private static long sum(Map<String, Long> units) {
		return units.values().stream().mapToLong(Long::longValue).sum();
	}

}
