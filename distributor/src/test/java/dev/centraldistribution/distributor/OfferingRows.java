package dev.centraldistribution.distributor;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads offering rows and sells from them the way checkout does, for tests.
 */
public final class OfferingRows {

	private static final String COUNT_ONE = "update catalog_change set changes = changes + 1 where slot = 0";

	private final JdbcClient jdbc;

	public OfferingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One offering.
	 * @param manufacturerId its manufacturer
	 * @param sku its product
	 * @return the row, or empty when there is none
	 */
	public Optional<Row> find(long manufacturerId, String sku) {
		return this.jdbc.sql("""
				select id, sku, product_name, unit_price_cents, currency, available, sold_total, received_total
				from offering where manufacturer_id = :manufacturerId and sku = :sku""")
			.param("manufacturerId", manufacturerId)
			.param("sku", sku)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("sku"), rs.getString("product_name"),
					rs.getLong("unit_price_cents"), rs.getString("currency"), rs.getLong("available"),
					rs.getLong("sold_total"), rs.getLong("received_total")))
			.optional();
	}

	/**
	 * One offering that must exist.
	 * @param manufacturerId its manufacturer
	 * @param sku its product
	 * @return the row
	 */
	public Row get(long manufacturerId, String sku) {
		return find(manufacturerId, sku)
			.orElseThrow(() -> new AssertionError("No offering " + sku + " of manufacturer " + manufacturerId));
	}

	/**
	 * Sells like checkout (docs/architecture.md, invariant 1): one conditional statement.
	 * @param offeringId the offering
	 * @param quantity units to sell
	 * @return whether there were enough units
	 */
	public boolean sell(long offeringId, long quantity) {
		boolean sold = this.jdbc.sql("""
				update offering set available = available - :quantity, sold_total = sold_total + :quantity
				where id = :id and available >= :quantity""")
			.param("quantity", quantity)
			.param("id", offeringId)
			.update() == 1;
		countChange();
		return sold;
	}

	/**
	 * Counts the change as every writer of offerings does (catalog.CatalogChanges): just
	 * before the transaction commits, when it holds every offering lock it takes. Counted
	 * at once instead, the count's row would be locked between two lines' offerings, and
	 * a pull holding the second offering and waiting for the count at its own commit
	 * would close a cycle. Not through the catalog's fixture: the root package must not
	 * depend on a feature module.
	 */
	private void countChange() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.jdbc.sql(COUNT_ONE).update();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				OfferingRows.this.jdbc.sql(COUNT_ONE).update();
			}

		});
	}

	/**
	 * An offering as stored.
	 *
	 * @param id its id
	 * @param sku its product
	 * @param productName the name shown
	 * @param unitPriceCents its price
	 * @param currency its currency
	 * @param available units on sale
	 * @param soldTotal units ever sold
	 * @param receivedTotal units ever received from snapshots, net
	 */
	public record Row(long id, String sku, String productName, long unitPriceCents, String currency, long available,
			long soldTotal, long receivedTotal) {

		/**
		 * Whether {@code available = received_total - sold_total >= 0} holds.
		 * @return whether the row is consistent
		 */
		public boolean isConsistent() {
			return this.available >= 0 && this.available == this.receivedTotal - this.soldTotal;
		}

	}

}
