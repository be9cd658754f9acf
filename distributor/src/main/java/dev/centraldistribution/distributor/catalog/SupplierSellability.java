package dev.centraldistribution.distributor.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code supplier} table and {@code offering.on_sale}: whether each manufacturer's
 * goods may be sold now ({@code on_sale} is: its manufacturer is sellable and the
 * offering's price is not held). The supplier row is locked before any of the
 * manufacturer's offering rows, by a pull adding offerings and by a change of state
 * alike, so that the two never interleave: offerings added during a change get the state
 * the change leaves.
 */
@Repository
class SupplierSellability {

	private final JdbcClient jdbc;

	SupplierSellability(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks a manufacturer's row until the caller's transaction ends, creating it from
	 * what the manufacturers module says now when it has none yet.
	 * @return whether its goods may be sold
	 */
	boolean lock(long manufacturerId, boolean sellableIfNew) {
		insertIfAbsent(manufacturerId, sellableIfNew);
		return this.jdbc.sql("select sellable from supplier where manufacturer_id = :id for update")
			.param("id", manufacturerId)
			.query(Boolean.class)
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
		// An offering whose price is held stays off sale whatever its manufacturer does:
		// only the operator's release or a snapshot within the bound puts it back.
		return this.jdbc.sql("""
				update offering set on_sale = :sellable
				where manufacturer_id = :id and on_sale <> :sellable and price_held_since is null""")
			.param("sellable", sellable)
			.param("id", manufacturerId)
			.update();
	}

	private void insertIfAbsent(long manufacturerId, boolean sellable) {
		this.jdbc.sql("insert into supplier (manufacturer_id, sellable) values (:id, :sellable) on conflict do nothing")
			.param("id", manufacturerId)
			.param("sellable", sellable)
			.update();
	}

}
