package dev.centraldistribution.distributor.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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
 * <p>
 * Bounded per manufacturer (docs/architecture.md, under invariant 2): an offering the
 * snapshots leave out is retired after {@code distributor.catalog.retire-after}
 * ({@link OfferingRetirement}), and new products beyond
 * {@code distributor.catalog.max-offerings-per-manufacturer} offerings that are not
 * retired wait, left out of this pull, until older ones retire. A retired offering that a
 * snapshot lists again is reconciled like any other, and so comes back with its books.
 * <p>
 * Price moves are bounded (docs/architecture.md, invariant 7): a snapshot asking more
 * than {@code distributor.catalog.max-price-rise} times an existing offering's price does
 * not sell at that price; the offering keeps its old price, goes off sale and waits for
 * the operator ({@link ReleasePriceHold}), while its quantity and name still follow the
 * snapshot. A later snapshot within the bound applies its price and clears the hold. New
 * offerings have no price to compare with and are not bounded; a price that goes down
 * always applies.
 */
@Service
@EnableConfigurationProperties(CatalogProperties.class)
public class SnapshotReconciliation {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotReconciliation.class);

	// Parameters: see OfferingUpdate. An offering the snapshot lists is no longer absent
	// nor retired; one it leaves out is absent since the first pull that left it out. The
	// price, its hold and on_sale are given as the caller decided them under the supplier
	// row's lock, which every writer of these columns takes first (invariant 7). An
	// unchanged offering is not written: no lock, no new row version, which keeps
	// frequent
	// pulls cheap.
	private static final String RECONCILE = """
			update offering set
			  available = greatest(0, ? - greatest(0, sold_total - ?)),
			  received_total = received_total + greatest(0, ? - greatest(0, sold_total - ?)) - available,
			  applied_total = coalesce(?, applied_total),
			  product_name = coalesce(?, product_name),
			  description = coalesce(?, description),
			  category = coalesce(?, category),
			  unit_price_cents = coalesce(?, unit_price_cents),
			  currency = coalesce(?, currency),
			  proposed_price_cents = ?,
			  proposed_currency = ?,
			  price_held_since = ?,
			  on_sale = ?,
			  absent_since = case when ? then coalesce(absent_since, ?) end,
			  retired_at = null,
			  updated_at = current_timestamp
			where id = ?
			  and (available <> greatest(0, ? - greatest(0, sold_total - ?))
			    or applied_total is distinct from coalesce(?, applied_total)
			    or product_name <> coalesce(?, product_name)
			    or description is distinct from coalesce(?, description)
			    or category is distinct from coalesce(?, category)
			    or unit_price_cents <> coalesce(?, unit_price_cents)
			    or currency <> coalesce(?, currency)
			    or proposed_price_cents is distinct from ?
			    or proposed_currency is distinct from ?
			    or price_held_since is distinct from ?
			    or on_sale <> ?
			    or (absent_since is null) = ?
			    or retired_at is not null)""";

	private static final String LIVE_OFFERINGS = """
			select id, sku, available, unit_price_cents, proposed_price_cents, proposed_currency, price_held_since
			from offering
			where manufacturer_id = ? and retired_at is null
			order by id""";

	private static final String RETIRED_OFFERINGS = """
			select id, sku, available, unit_price_cents, proposed_price_cents, proposed_currency, price_held_since
			from offering
			where manufacturer_id = :manufacturer and retired_at is not null and sku in (:skus)""";

	private static final String LIVE_COUNT = """
			select count(*) from offering where manufacturer_id = ? and retired_at is null""";

	// Products seen for the first time, a whole chunk in one statement: one array per
	// column, so that a first pull binds and sends 9 values per thousand products rather
	// than per product. A concurrent pull of the same manufacturer may have inserted a
	// product first: skipping ours then is as if ours had been applied just before
	// theirs.
	private static final String ADD = """
			insert into offering (manufacturer_id, on_sale, sku, product_name, unit_price_cents, currency,
			  available, sold_total, received_total, updated_at, description, category)
			select ?, ?, added.sku, added.product_name, added.unit_price_cents, added.currency,
			  added.available, 0, added.available, current_timestamp, added.description, added.category
			from unnest(cast(? as varchar array), cast(? as varchar array), cast(? as bigint array),
			  cast(? as varchar array), cast(? as bigint array), cast(? as varchar array), cast(? as varchar array))
			  as added (sku, product_name, unit_price_cents, currency, available, description, category)
			on conflict do nothing""";

	private static final int BATCH_SIZE = 500;

	/** New products per insert statement (one array of this many values per column). */
	private static final int ADD_CHUNK = 1_000;

	/** Skus per look-up of retired offerings, one bind value each. */
	private static final int SKUS_PER_QUERY = 1_000;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final OfferingRetirement retirement;

	private final CatalogProperties limits;

	private final Clock clock;

	private final SupplierSellability sellability;

	private final ManufacturerDirectory manufacturers;

	private final CatalogChanges changes;

	SnapshotReconciliation(JdbcTemplate jdbc, ApplicationEventPublisher events, OfferingRetirement retirement,
			CatalogProperties limits, Clock clock, SupplierSellability sellability, ManufacturerDirectory manufacturers,
			CatalogChanges changes) {
		this.jdbc = jdbc;
		this.events = events;
		this.retirement = retirement;
		this.limits = limits;
		this.clock = clock;
		this.sellability = sellability;
		this.manufacturers = manufacturers;
		this.changes = changes;
	}

	/**
	 * Applies a snapshot: every listed product gets the reconciled quantity, its name and
	 * its price; products seen for the first time become offerings, as far as the limit
	 * per manufacturer allows; offerings the snapshot no longer lists drop to zero
	 * available, and retire once they have been left out for long enough.
	 * @param manufacturerId the manufacturer the snapshot comes from
	 * @param products its validated products, one per sku
	 * @return what changed
	 */
	@Transactional
	public ReconciledSnapshot apply(long manufacturerId, List<ProductOffering> products) {
		Instant now = this.clock.instant();
		OffsetDateTime absentSince = now.atOffset(ZoneOffset.UTC);
		// Before any offering row, as a change of the manufacturer's state does
		// (invariant 7).
		boolean onSale = this.sellability.lock(manufacturerId, this.manufacturers.isSellable(manufacturerId));
		this.changes.record();
		Map<String, ProductOffering> bySku = bySku(products);
		List<ExistingOffering> existing = new ArrayList<>(offerings(manufacturerId));
		int withdrawn = 0;
		List<OfferingUpdate> reconciled = new ArrayList<>(existing.size());
		for (ExistingOffering offering : existing) {
			ProductOffering product = bySku.remove(offering.sku());
			if (product != null) {
				reconciled.add(listed(manufacturerId, offering, product, onSale, absentSince));
			}
			else {
				reconciled.add(absent(offering, onSale, absentSince));
				withdrawn++;
			}
		}
		for (ExistingOffering returning : retiredOfferings(manufacturerId, bySku.keySet())) {
			reconciled.add(listed(manufacturerId, returning, bySku.remove(returning.sku()), onSale, absentSince));
			existing.add(returning);
		}
		// Rows locked in id order, as checkouts lock theirs: the two never deadlock.
		reconciled.sort(Comparator.comparingLong(OfferingUpdate::id));
		if (batch(RECONCILE, reconciled.stream().map(OfferingUpdate::parameters).toList(), OfferingUpdate.TYPES) > 0) {
			announceChangedAvailability(manufacturerId, existing);
		}
		int retired = this.retirement.retireAbsentSince(manufacturerId, now.minus(this.limits.retireAfter()), now);
		List<ProductOffering> newProducts = new ArrayList<>(bySku.values());
		newProducts.sort(Comparator.comparing(ProductOffering::sku));
		int room = (int) Math.max(0, this.limits.maxOfferingsPerManufacturer() - liveCount(manufacturerId));
		List<ProductOffering> admitted = newProducts.subList(0, Math.min(room, newProducts.size()));
		int added = add(manufacturerId, onSale, admitted);
		int overLimit = newProducts.size() - admitted.size();
		return new ReconciledSnapshot(products.size() - overLimit, added, withdrawn, retired, overLimit);
	}

	/**
	 * The snapshot's values for an offering it lists, but a price more than
	 * {@code distributor.catalog.max-price-rise} times the one it sells at: that one is
	 * held for the operator, with the offering off sale, and the old price stays. A price
	 * within the bound applies and clears a hold (the manufacturer corrected itself).
	 */
	private OfferingUpdate listed(long manufacturerId, ExistingOffering offering, ProductOffering product,
			boolean sellable, OffsetDateTime now) {
		if (!this.limits.risesBeyondBound(offering.unitPriceCents(), product.unitPriceCents())) {
			if (offering.hold() != null) {
				logger.info("Manufacturer {} asks {} {} for {} again, within the bound: the hold of {} {} is cleared",
						manufacturerId, product.unitPriceCents(), product.currency(), offering.sku(),
						offering.hold().proposedCents(), offering.hold().proposedCurrency());
			}
			return new OfferingUpdate(offering.id(), product.available(), product.appliedTotal(), product.name(),
					product.description(), product.category(), product.unitPriceCents(), product.currency(), null,
					sellable, false, now);
		}
		HeldPrice hold = new HeldPrice(product.unitPriceCents(), product.currency(),
				(offering.hold() != null) ? offering.hold().since() : now);
		if (!hold.equals(offering.hold())) {
			logger.warn(
					"Manufacturer {} asks {} {} for {} (offering {}), more than {} times its price of {}: held off sale for the operator",
					manufacturerId, product.unitPriceCents(), product.currency(), offering.sku(), offering.id(),
					this.limits.maxPriceRise(), offering.unitPriceCents());
		}
		return new OfferingUpdate(offering.id(), product.available(), product.appliedTotal(), product.name(),
				product.description(), product.category(), null, null, hold, false, false, now);
	}

	/**
	 * Nothing available for an offering the snapshot leaves out; a held price stays held.
	 */
	private static OfferingUpdate absent(ExistingOffering offering, boolean sellable, OffsetDateTime now) {
		return new OfferingUpdate(offering.id(), 0L, 0L, null, null, null, null, null, offering.hold(),
				sellable && offering.hold() == null, true, now);
	}

	private List<ExistingOffering> offerings(long manufacturerId) {
		return this.jdbc.query(LIVE_OFFERINGS, ExistingOffering::read, manufacturerId);
	}

	/** Retired offerings of these skus: a few at most, bounded by what ever sold. */
	private List<ExistingOffering> retiredOfferings(long manufacturerId, Collection<String> skus) {
		if (skus.isEmpty()) {
			return List.of();
		}
		NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(this.jdbc);
		List<String> all = new ArrayList<>(skus);
		List<ExistingOffering> retired = new ArrayList<>();
		for (int from = 0; from < all.size(); from += SKUS_PER_QUERY) {
			retired
				.addAll(named.query(RETIRED_OFFERINGS,
						new MapSqlParameterSource("manufacturer", manufacturerId).addValue("skus",
								all.subList(from, Math.min(all.size(), from + SKUS_PER_QUERY))),
						ExistingOffering::read));
		}
		return retired;
	}

	private long liveCount(long manufacturerId) {
		Long count = this.jdbc.queryForObject(LIVE_COUNT, Long.class, manufacturerId);
		return (count != null) ? count : 0;
	}

	private void announceChangedAvailability(long manufacturerId, List<ExistingOffering> before) {
		Map<Long, Long> after = new HashMap<>(before.size() * 2);
		RowCallbackHandler collect = (rs) -> after.put(rs.getLong("id"), rs.getLong("available"));
		this.jdbc.query("select id, available from offering where manufacturer_id = ? and retired_at is null", collect,
				manufacturerId);
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
	 * Inserts the new products, given in sku order: two pulls of the same manufacturer
	 * inserting at once wait on each other's rows in the same order, and so never
	 * deadlock.
	 */
	private int add(long manufacturerId, boolean onSale, List<ProductOffering> products) {
		int added = 0;
		for (int from = 0; from < products.size(); from += ADD_CHUNK) {
			List<ProductOffering> chunk = products.subList(from, Math.min(products.size(), from + ADD_CHUNK));
			added += this.jdbc.update(ADD, (statement) -> {
				Connection connection = statement.getConnection();
				statement.setLong(1, manufacturerId);
				statement.setBoolean(2, onSale);
				statement.setArray(3, connection.createArrayOf("varchar", column(chunk, ProductOffering::sku)));
				statement.setArray(4, connection.createArrayOf("varchar", column(chunk, ProductOffering::name)));
				statement.setArray(5,
						connection.createArrayOf("bigint", column(chunk, ProductOffering::unitPriceCents)));
				statement.setArray(6, connection.createArrayOf("varchar", column(chunk, ProductOffering::currency)));
				statement.setArray(7, connection.createArrayOf("bigint", column(chunk, ProductOffering::available)));
				statement.setArray(8, connection.createArrayOf("varchar", column(chunk, ProductOffering::description)));
				statement.setArray(9, connection.createArrayOf("varchar", column(chunk, ProductOffering::category)));
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

}
