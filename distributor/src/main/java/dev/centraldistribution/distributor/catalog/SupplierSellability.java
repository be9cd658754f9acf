package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code supplier} table and {@code offering.on_sale}: whether each manufacturer's
 * goods may be sold now ({@code on_sale} is: its manufacturer is sellable, the operator
 * has not paused it, and the offering's price is not held). The supplier row is locked
 * before any of the manufacturer's offering rows, by a pull adding offerings and by a
 * change of state alike, so that the two never interleave: offerings added during a
 * change get the state the change leaves.
 */
@Repository
class SupplierSellability {

	private final JdbcClient jdbc;

	private final CatalogChanges changes;

	SupplierSellability(JdbcClient jdbc, CatalogChanges changes) {
		this.jdbc = jdbc;
		this.changes = changes;
	}

	/**
	 * Locks a manufacturer's row until the caller's transaction ends, creating it from
	 * what the manufacturers module says now when it has none yet.
	 * @return whether its goods may be sold: sellable and not paused
	 */
	boolean lock(long manufacturerId, boolean sellableIfNew) {
		insertIfAbsent(manufacturerId, sellableIfNew);
		return this.jdbc.sql("select sellable, paused_since from supplier where manufacturer_id = :id for update")
			.param("id", manufacturerId)
			.query((rs, row) -> rs.getBoolean("sellable") && rs.getObject("paused_since") == null)
			.single();
	}

	/**
	 * Records whether a manufacturer's goods may be sold, and puts its offerings on or
	 * off sale accordingly, except those whose price is held: they stay off sale.
	 * @return the offerings whose sale changed
	 */
	int set(long manufacturerId, boolean sellable) {
		insertIfAbsent(manufacturerId, sellable);
		this.jdbc.sql("update supplier set sellable = :sellable where manufacturer_id = :id")
			.param("sellable", sellable)
			.param("id", manufacturerId)
			.update();
		return followSupplier(manufacturerId);
	}

	/**
	 * Pauses or resumes the sale of a manufacturer's goods (the operator's decision,
	 * independent of its state), and puts its offerings on or off sale accordingly.
	 * @param pausedSince when the pause started, {@code null} to resume
	 * @return the offerings whose sale changed
	 */
	int pause(long manufacturerId, boolean sellableIfNew, OffsetDateTime pausedSince) {
		insertIfAbsent(manufacturerId, sellableIfNew);
		this.jdbc.sql("update supplier set paused_since = :since where manufacturer_id = :id")
			.param("since", pausedSince)
			.param("id", manufacturerId)
			.update();
		return followSupplier(manufacturerId);
	}

	/**
	 * The manufacturers the operator paused, by id.
	 * @return when each pause started
	 */
	Map<Long, Instant> paused() {
		Map<Long, Instant> paused = new HashMap<>();
		this.jdbc.sql("select manufacturer_id, paused_since from supplier where paused_since is not null")
			.query((RowCallbackHandler) (rs) -> paused.put(rs.getLong(1),
					rs.getObject(2, OffsetDateTime.class).toInstant()));
		return paused;
	}

	private int followSupplier(long manufacturerId) {
		// An offering whose price is held stays off sale whatever its manufacturer does:
		// only the operator's release or a snapshot within the bound puts it back.
		boolean onSale = this.jdbc
			.sql("select sellable and paused_since is null from supplier where manufacturer_id = :id")
			.param("id", manufacturerId)
			.query(Boolean.class)
			.single();
		int changed = this.jdbc.sql("""
				update offering set on_sale = :onSale
				where manufacturer_id = :id and on_sale <> :onSale and price_held_since is null""")
			.param("onSale", onSale)
			.param("id", manufacturerId)
			.update();
		if (changed > 0) {
			this.changes.record();
		}
		return changed;
	}

	private void insertIfAbsent(long manufacturerId, boolean sellable) {
		this.jdbc.sql("insert into supplier (manufacturer_id, sellable) values (:id, :sellable) on conflict do nothing")
			.param("id", manufacturerId)
			.param("sellable", sellable)
			.update();
	}

}
