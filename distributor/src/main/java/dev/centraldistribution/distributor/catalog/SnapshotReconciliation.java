package dev.centraldistribution.distributor.catalog;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.centraldistribution.contracts.ProductOffering;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one manufacturer's validated snapshot to its offerings, so that a pull never
 * brings back goods that were already sold (docs/architecture.md, invariant 2).
 * <p>
 * Per offering, one statement computes from the row's current values:
 * {@code available = max(0, snapshot_qty - max(0, sold_total - applied_total))}, and
 * moves {@code received_total} by the same amount as {@code available}, so that
 * {@code available = received_total - sold_total} keeps holding while checkouts decrement
 * {@code available} and increment {@code sold_total} concurrently. SQL evaluates every
 * {@code SET} expression against the old row (PostgreSQL and H2 alike, see the tests).
 * When a checkout updated the row first, PostgreSQL re-evaluates the statement on the
 * newest row version once the checkout commits; the concurrent tests check that H2 keeps
 * the books as well.
 * <p>
 * The inner {@code max(0, …)} deviates from the letter of the rule on purpose: a
 * manufacturer reporting more applied units than we ever sold (a reset distributor
 * database, a bug) must not make us offer more than its snapshot says.
 * <p>
 * Raises {@link AvailabilityChanged} for the existing offerings whose {@code available}
 * this pull changed (not for new ones, which no page shows yet, nor for a name or price
 * change alone): their quantities are read before and, only when some row was written,
 * again after the writes, while this transaction holds the written rows' locks.
 */
@Service
public class SnapshotReconciliation {

	// Parameters: quantity, applied (twice), name, price, currency, id, then quantity,
	// applied, name, price, currency again for the change test. An unchanged offering is
	// not written: no lock, no new row version, which keeps frequent pulls cheap.
	private static final String RECONCILE = """
			update offering set
			  available = greatest(0, ? - greatest(0, sold_total - ?)),
			  received_total = received_total + greatest(0, ? - greatest(0, sold_total - ?)) - available,
			  product_name = coalesce(?, product_name),
			  unit_price_cents = coalesce(?, unit_price_cents),
			  currency = coalesce(?, currency),
			  updated_at = current_timestamp
			where id = ?
			  and (available <> greatest(0, ? - greatest(0, sold_total - ?))
			    or product_name <> coalesce(?, product_name)
			    or unit_price_cents <> coalesce(?, unit_price_cents)
			    or currency <> coalesce(?, currency))""";

	private static final int[] RECONCILE_TYPES = { Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT,
			Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
			Types.BIGINT, Types.VARCHAR };

	// Products seen for the first time, a whole chunk in one statement: one array per
	// column, so that a first pull binds and sends 7 values per thousand products rather
	// than per product. A concurrent pull of the same manufacturer may have inserted a
	// product first: skipping ours then is as if ours had been applied just before
	// theirs.
	private static final String ADD = """
			insert into offering (manufacturer_id, sku, product_name, unit_price_cents, currency,
			  available, sold_total, received_total, updated_at)
			select ?, added.sku, added.product_name, added.unit_price_cents, added.currency,
			  added.available, 0, added.available, current_timestamp
			from unnest(cast(? as varchar array), cast(? as varchar array), cast(? as bigint array),
			  cast(? as varchar array), cast(? as bigint array))
			  as added (sku, product_name, unit_price_cents, currency, available)
			on conflict do nothing""";

	private static final int BATCH_SIZE = 500;

	/** New products per insert statement (one array of this many values per column). */
	private static final int ADD_CHUNK = 1_000;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	SnapshotReconciliation(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Applies a snapshot: every listed product gets the reconciled quantity, its name and
	 * its price; products seen for the first time become offerings; offerings the
	 * snapshot no longer lists drop to zero available.
	 * @param manufacturerId the manufacturer the snapshot comes from
	 * @param products its validated products, one per sku
	 * @return what changed
	 */
	@Transactional
	public ReconciledSnapshot apply(long manufacturerId, List<ProductOffering> products) {
		Map<String, ProductOffering> bySku = bySku(products);
		List<Object[]> reconciled = new ArrayList<>(products.size());
		int withdrawn = 0;
		List<ExistingOffering> existing = existingOfferings(manufacturerId);
		// Rows locked in id order, as checkouts lock theirs: the two never deadlock.
		for (ExistingOffering offering : existing) {
			ProductOffering product = bySku.remove(offering.sku());
			if (product != null) {
				reconciled.add(reconcile(offering.id(), product.available(), product.appliedTotal(), product.name(),
						product.unitPriceCents(), product.currency()));
			}
			else {
				reconciled.add(reconcile(offering.id(), 0L, 0L, null, null, null));
				withdrawn++;
			}
		}
		if (batch(RECONCILE, reconciled, RECONCILE_TYPES) > 0) {
			announceChangedAvailability(manufacturerId, existing);
		}
		int added = add(manufacturerId, new ArrayList<>(bySku.values()));
		return new ReconciledSnapshot(products.size(), added, withdrawn);
	}

	private static Object[] reconcile(long id, long quantity, long applied, String name, Long price, String currency) {
		return new Object[] { quantity, applied, quantity, applied, name, price, currency, id, quantity, applied, name,
				price, currency };
	}

	private List<ExistingOffering> existingOfferings(long manufacturerId) {
		return this.jdbc.query("select id, sku, available from offering where manufacturer_id = ? order by id",
				(rs, row) -> new ExistingOffering(rs.getLong("id"), rs.getString("sku"), rs.getLong("available")),
				manufacturerId);
	}

	private void announceChangedAvailability(long manufacturerId, List<ExistingOffering> before) {
		Map<Long, Long> after = new HashMap<>(before.size() * 2);
		RowCallbackHandler collect = (rs) -> after.put(rs.getLong("id"), rs.getLong("available"));
		this.jdbc.query("select id, available from offering where manufacturer_id = ?", collect, manufacturerId);
		Set<OfferingId> changed = new HashSet<>();
		for (ExistingOffering offering : before) {
			Long available = after.get(offering.id());
			if (available != null && available != offering.available()) {
				changed.add(new OfferingId(offering.id()));
			}
		}
		if (!changed.isEmpty()) {
			this.events.publishEvent(new AvailabilityChanged(changed));
		}
	}

	/**
	 * Inserts the new products in sku order: two pulls of the same manufacturer inserting
	 * at once wait on each other's rows in the same order, and so never deadlock.
	 */
	private int add(long manufacturerId, List<ProductOffering> products) {
		products.sort(Comparator.comparing(ProductOffering::sku));
		int added = 0;
		for (int from = 0; from < products.size(); from += ADD_CHUNK) {
			List<ProductOffering> chunk = products.subList(from, Math.min(products.size(), from + ADD_CHUNK));
			added += this.jdbc.update(ADD, (statement) -> {
				Connection connection = statement.getConnection();
				statement.setLong(1, manufacturerId);
				statement.setArray(2, connection.createArrayOf("varchar", column(chunk, ProductOffering::sku)));
				statement.setArray(3, connection.createArrayOf("varchar", column(chunk, ProductOffering::name)));
				statement.setArray(4,
						connection.createArrayOf("bigint", column(chunk, ProductOffering::unitPriceCents)));
				statement.setArray(5, connection.createArrayOf("varchar", column(chunk, ProductOffering::currency)));
				statement.setArray(6, connection.createArrayOf("bigint", column(chunk, ProductOffering::available)));
			});
		}
		return added;
	}

	private static Object[] column(List<ProductOffering> products, Function<ProductOffering, Object> value) {
		Object[] column = new Object[products.size()];
		for (int i = 0; i < column.length; i++) {
			column[i] = value.apply(products.get(i));
		}
		return column;
	}

	private int batch(String sql, List<Object[]> rows, int[] types) {
		int changed = 0;
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE));
			for (int count : this.jdbc.batchUpdate(sql, chunk, types)) {
				if (count > 0 || count == Statement.SUCCESS_NO_INFO) {
					changed++;
				}
			}
		}
		return changed;
	}

	private static Map<String, ProductOffering> bySku(List<ProductOffering> products) {
		Map<String, ProductOffering> bySku = new LinkedHashMap<>(products.size() * 2);
		for (ProductOffering product : products) {
			if (bySku.put(product.sku(), product) != null) {
				throw new IllegalArgumentException("Duplicate sku in a validated snapshot: " + product.sku());
			}
		}
		return bySku;
	}

	private record ExistingOffering(long id, String sku, long available) {
	}

}
