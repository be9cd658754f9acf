package dev.centraldistribution.distributor.cycles;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutgoingMessage;
import dev.centraldistribution.distributor.orders.SalesReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the first cycle, and closes the open one when its time is up or everything is
 * sold out: in one transaction it closes it, writes each manufacturer's summary to the
 * outbox and opens the next one; the full pull of a new cycle runs after that commits.
 * Safe to run concurrently: a second opener fails on the next cycle's number.
 */
final class SalesCycleCheck {

	private static final Logger logger = LoggerFactory.getLogger(SalesCycleCheck.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SalesCycles cycles;

	private final Outbox outbox;

	private final ManufacturerDirectory manufacturers;

	private final OfferingCatalog catalog;

	private final SalesReport sales;

	private final Runnable fullPull;

	private final Duration length;

	SalesCycleCheck(JdbcClient jdbc, TransactionTemplate transactions, SalesCycles cycles, Outbox outbox,
			ManufacturerDirectory manufacturers, OfferingCatalog catalog, SalesReport sales, Runnable fullPull,
			Duration length) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.cycles = cycles;
		this.outbox = outbox;
		this.manufacturers = manufacturers;
		this.catalog = catalog;
		this.sales = sales;
		this.fullPull = fullPull;
		this.length = length;
	}

	/**
	 * Checks the open cycle.
	 * @param now the current time
	 * @return what this call did
	 */
	Outcome check(Instant now) {
		// The latest cycle and, when none is open, the number to open, from one read: two
		// concurrent openers then try the same number and one of them fails on the key.
		Optional<Latest> latest = this.jdbc.sql(
				"select number, closed_at is null as open from sales_cycle order by number desc fetch first 1 rows only")
			.query((rs, n) -> new Latest(rs.getLong("number"), rs.getBoolean("open")))
			.optional();
		if (latest.isEmpty() || !latest.get().open()) {
			return openFirst(latest.map(Latest::number).orElse(0L) + 1, now);
		}
		Optional<SalesCycle> open = this.cycles.current();
		if (open.isEmpty()) {
			return Outcome.NOTHING;
		}
		SalesCycle cycle = open.get();
		String reason;
		if (!now.isBefore(cycle.closesAt())) {
			reason = "TIME_UP";
		}
		else if (this.catalog.isSoldOut()) {
			reason = "SOLD_OUT";
		}
		else {
			return Outcome.NOTHING;
		}
		try {
			Boolean closed = this.transactions.execute((status) -> closeAndOpenNext(cycle, reason, now));
			if (!Boolean.TRUE.equals(closed)) {
				return Outcome.NOTHING;
			}
		}
		catch (DataAccessException ex) {
			logger.debug("Cycle {} was closed concurrently", cycle.number(), ex);
			return Outcome.NOTHING;
		}
		logger.info("Sales cycle {} closed ({}), cycle {} opened", cycle.number(), reason, cycle.number() + 1);
		this.fullPull.run();
		return Outcome.CLOSED_AND_OPENED;
	}

	private Outcome openFirst(long number, Instant now) {
		this.fullPull.run();
		try {
			insert(number, now);
		}
		catch (DataAccessException ex) {
			logger.debug("Cycle {} was opened concurrently", number, ex);
			return Outcome.NOTHING;
		}
		logger.info("Sales cycle {} opened", number);
		return Outcome.OPENED;
	}

	private boolean closeAndOpenNext(SalesCycle cycle, String reason, Instant now) {
		int closed = this.jdbc.sql("""
				update sales_cycle set closed_at = :now, close_reason = :reason
				where number = :number and closed_at is null""")
			.param("now", utc(now))
			.param("reason", reason)
			.param("number", cycle.number())
			.update();
		if (closed != 1) {
			return false;
		}
		Map<String, List<SalesReport.ProductSales>> byManufacturer = this.sales.between(cycle.openedAt(), now)
			.stream()
			.collect(Collectors.groupingBy(SalesReport.ProductSales::manufacturerCode));
		for (Manufacturer manufacturer : this.manufacturers.all()) {
			List<CycleSummary.ProductSales> products = new ArrayList<>();
			for (SalesReport.ProductSales line : byManufacturer.getOrDefault(manufacturer.code(), List.of())) {
				products.add(new CycleSummary.ProductSales(line.sku(), line.unitsSold(), line.revenueCents()));
			}
			String messageId = "cycle-" + cycle.number() + "-" + manufacturer.code();
			CycleSummary summary = new CycleSummary(messageId, CycleSummary.SCHEMA_VERSION, now, manufacturer.code(),
					cycle.number(), cycle.openedAt(), now, products);
			this.outbox.append(new OutgoingMessage(messageId, MessagingTopology.PURCHASES_EXCHANGE, manufacturer.code(),
					CycleSummary.TYPE, summary));
		}
		insert(cycle.number() + 1, now);
		return true;
	}

	private void insert(long number, Instant now) {
		this.jdbc.sql("insert into sales_cycle (number, opened_at, closes_at) values (:number, :openedAt, :closesAt)")
			.param("number", number)
			.param("openedAt", utc(now))
			.param("closesAt", utc(now.plus(this.length)))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Latest(long number, boolean open) {
	}

	/** What one check did. */
	enum Outcome {

		NOTHING, OPENED, CLOSED_AND_OPENED

	}

}
