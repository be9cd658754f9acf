package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders' figures for the operator console's overview.
 */
@Service
@Transactional(readOnly = true)
public class OrderFigures {

	private final JdbcClient jdbc;

	OrderFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Orders placed in a period and what they brought in, rejected and cancelled orders
	 * left out of the revenue.
	 * @param from first instant included
	 * @param to first instant excluded
	 * @return the orders
	 */
	public PlacedOrders placedBetween(Instant from, Instant to) {
		long count = this.jdbc.sql("select count(*) from customer_order where placed_at >= :from and placed_at < :to")
			.param("from", at(from))
			.param("to", at(to))
			.query(Long.class)
			.single();
		Map<String, Long> revenue = new TreeMap<>();
		this.jdbc.sql("""
				select currency, sum(total_cents) from customer_order
				where placed_at >= :from and placed_at < :to and status not in ('REJECTED', 'CANCELLED')
				group by currency""")
			.param("from", at(from))
			.param("to", at(to))
			.query((RowCallbackHandler) (rs) -> revenue.put(rs.getString(1).strip(), rs.getLong(2)));
		return new PlacedOrders(count, revenue);
	}

	/**
	 * Orders placed per minute, counted by the database.
	 * @param from the start of the first minute (whole minutes from the epoch)
	 * @param minutes how many minutes
	 * @return counts, oldest minute first
	 */
	public long[] placedPerMinute(Instant from, int minutes) {
		long first = from.getEpochSecond() / 60;
		long[] perMinute = new long[minutes];
		this.jdbc.sql("""
				select floor(extract(epoch from placed_at) / 60) as bucket, count(*) from customer_order
				where placed_at >= :from and placed_at < :to group by floor(extract(epoch from placed_at) / 60)""")
			.param("from", at(Instant.ofEpochSecond(first * 60)))
			.param("to", at(Instant.ofEpochSecond((first + minutes) * 60)))
			.query((RowCallbackHandler) (rs) -> {
				int index = (int) (rs.getLong(1) - first);
				if (index >= 0 && index < minutes) {
					perMinute[index] += rs.getLong(2);
				}
			});
		return perMinute;
	}

	/**
	 * Orders some manufacturer has not answered yet.
	 * @return how many
	 */
	public long waitingForManufacturers() {
		return this.jdbc.sql("select count(*) from customer_order where status = 'PLACED'").query(Long.class).single();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * Orders of a period.
	 *
	 * @param count orders placed
	 * @param revenueCents what they brought in, in minor units by currency
	 */
	public record PlacedOrders(long count, Map<String, Long> revenueCents) {

		public PlacedOrders {
			revenueCents = Map.copyOf(revenueCents);
		}

	}

}
