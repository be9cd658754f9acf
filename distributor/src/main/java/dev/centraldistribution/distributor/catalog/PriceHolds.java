package dev.centraldistribution.distributor.catalog;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offerings held off sale because a snapshot raised their price beyond
 * {@code distributor.catalog.max-price-rise} (docs/architecture.md, invariant 7), for the
 * operator to review and release.
 */
@Service
@Transactional(readOnly = true)
public class PriceHolds {

	private final JdbcClient jdbc;

	private final Suppliers suppliers;

	PriceHolds(JdbcClient jdbc, Suppliers suppliers) {
		this.jdbc = jdbc;
		this.suppliers = suppliers;
	}

	/**
	 * The held offerings, longest held first.
	 * @param limit the most to return
	 * @return at most {@code limit} held offerings
	 */
	public List<PriceHold> oldest(int limit) {
		Suppliers.Snapshot suppliers = this.suppliers.now();
		return this.jdbc.sql("""
				select id, manufacturer_id, sku, product_name, unit_price_cents, currency, proposed_price_cents,
				       proposed_currency, price_held_since
				from offering
				where price_held_since is not null and retired_at is null
				order by price_held_since, id
				limit :limit""").param("limit", limit).query((row, rowNumber) -> {
			Suppliers.Supplier supplier = suppliers.byId().get(row.getLong("manufacturer_id"));
			return new PriceHold(new OfferingId(row.getLong("id")), row.getString("sku"), row.getString("product_name"),
					(supplier != null) ? supplier.code() : "?", (supplier != null) ? supplier.name() : "?",
					row.getLong("unit_price_cents"), row.getString("currency").strip(),
					row.getLong("proposed_price_cents"), row.getString("proposed_currency").strip(),
					row.getObject("price_held_since", OffsetDateTime.class).toInstant());
		}).list();
	}

	/**
	 * How many offerings are held.
	 * @return the number of offerings whose price is held, retired ones left out
	 */
	public long count() {
		return this.jdbc.sql("select count(*) from offering where price_held_since is not null and retired_at is null")
			.query(Long.class)
			.single();
	}

}
