package dev.centraldistribution.distributor.catalog;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Retires the offerings of one manufacturer that its snapshots have left out for longer
 * than {@code distributor.catalog.retire-after} (docs/architecture.md, under invariant
 * 2), so that a manufacturer renaming its products on every pull does not grow the
 * catalogue for ever.
 * <p>
 * An offering that never sold is deleted: {@code sold_total} counts every unit ever sold
 * and never goes down, and an order line is only written in the transaction whose
 * decrement raised it, so no order line refers to an offering with
 * {@code sold_total = 0}. One that sold keeps its row, for the order lines that refer to
 * it and for its books ({@code sold_total} against the manufacturer's applied total,
 * should it come back): {@code retired_at} is set instead. Either way
 * {@link OfferingsRetired} is raised first, so that cart lines of these offerings go in
 * the same transaction.
 */
@Component
class OfferingRetirement {

	private static final String DUE = """
			select id, sold_total from offering
			where manufacturer_id = ? and retired_at is null and absent_since <= ?
			order by id""";

	private static final String DELETE_UNSOLD = "delete from offering where id = ? and sold_total = 0";

	private static final String RETIRE = "update offering set retired_at = ? where id = ? and retired_at is null";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final CatalogChanges changes;

	OfferingRetirement(JdbcTemplate jdbc, ApplicationEventPublisher events, CatalogChanges changes) {
		this.jdbc = jdbc;
		this.events = events;
		this.changes = changes;
	}

	/**
	 * Retires what has been absent since {@code cutoff} or earlier. Runs in the
	 * transaction that applied the manufacturer's snapshot, after it did: every offering
	 * that snapshot lists is no longer absent.
	 * @param manufacturerId the manufacturer
	 * @param cutoff offerings absent since this moment or earlier are retired
	 * @param now when
	 * @return how many offerings were retired, deleted or kept
	 */
	int retireAbsentSince(long manufacturerId, Instant cutoff, Instant now) {
		List<Long> unsold = new ArrayList<>();
		List<Long> sold = new ArrayList<>();
		this.jdbc.query(DUE, (row) -> {
			(row.getLong("sold_total") == 0 ? unsold : sold).add(row.getLong("id"));
		}, manufacturerId, utc(cutoff));
		if (unsold.isEmpty() && sold.isEmpty()) {
			return 0;
		}
		Set<OfferingId> retired = new LinkedHashSet<>();
		unsold.forEach((id) -> retired.add(new OfferingId(id)));
		sold.forEach((id) -> retired.add(new OfferingId(id)));
		this.events.publishEvent(new OfferingsRetired(retired));
		this.changes.record();
		// In id order, as every writer of offering locks its rows.
		this.jdbc.batchUpdate(DELETE_UNSOLD, unsold.stream().map((id) -> new Object[] { id }).toList(),
				new int[] { Types.BIGINT });
		OffsetDateTime retiredAt = utc(now);
		this.jdbc.batchUpdate(RETIRE, sold.stream().map((id) -> new Object[] { retiredAt, id }).toList(),
				new int[] { Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT });
		return retired.size();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
