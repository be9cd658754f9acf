package dev.centraldistribution.distributor.cycles;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the sales cycles.
 */
@Service
public class SalesCycles {

	private final JdbcClient jdbc;

	SalesCycles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The open cycle.
	 * @return it, or empty before the first cycle opened
	 */
	public Optional<SalesCycle> current() {
		return this.jdbc.sql("""
				select number, opened_at, closes_at from sales_cycle where closed_at is null
				order by number desc""")
			.query((rs, n) -> new SalesCycle(rs.getLong("number"),
					rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closes_at", OffsetDateTime.class).toInstant()))
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The latest cycles that are over.
	 * @param limit the most to return
	 * @return the latest first
	 */
	public List<ClosedCycle> recentlyClosed(int limit) {
		return this.jdbc.sql("""
				select number, opened_at, closed_at, close_reason from sales_cycle where closed_at is not null
				order by number desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new ClosedCycle(rs.getLong("number"),
					rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
					rs.getObject("closed_at", OffsetDateTime.class).toInstant(), rs.getString("close_reason")))
			.list();
	}

}
