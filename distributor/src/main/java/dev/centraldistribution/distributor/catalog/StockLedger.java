package dev.centraldistribution.distributor.catalog;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.centraldistribution.distributor.catalog.AvailabilityChanged;
import dev.centraldistribution.distributor.catalog.OfferingId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes sold units out of stock (invariant 1 of docs/architecture.md). Each withdrawal is
 * one conditional decrement that only succeeds while enough is available and the offering
 * is on sale (its manufacturer is alive: invariant 7); the database's row lock, not the
 * application, serialises buyers of the same offering and a change of the manufacturer's
 * state. Raises {@link AvailabilityChanged} for the offerings it took units from, heard
 * after commit.
 */
@Service
public class StockLedger {

	static final String DECREMENT = """
			update offering set available = available - :quantity, sold_total = sold_total + :quantity
			where id = :offering and available >= :quantity and on_sale = true
			""";

	static final String PUT_BACK = """
			update offering set available = available + :quantity, received_total = received_total + :quantity
			where id = :offering and retired_at is null
			""";

	private final NamedParameterJdbcOperations jdbc;

	private final ApplicationEventPublisher events;

	private final CatalogChanges changes;

	StockLedger(NamedParameterJdbcOperations jdbc, ApplicationEventPublisher events, CatalogChanges changes) {
		this.jdbc = jdbc;
		this.events = events;
		this.changes = changes;
	}

	/**
	 * Decrements every offering in one JDBC batch, in offering-id order so that two
	 * checkouts always lock shared rows in the same order and never deadlock. Runs inside
	 * the caller's transaction, which must roll back when anything ran short: the
	 * withdrawals that did succeed are then undone with it.
	 * @param withdrawals at most one per offering
	 * @return the offerings that did not have enough, empty when every unit was taken
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<OfferingId> withdraw(List<StockWithdrawal> withdrawals) {
		List<StockWithdrawal> ordered = withdrawals.stream()
			.sorted(Comparator.comparing(StockWithdrawal::offering))
			.toList();
		SqlParameterSource[] batch = ordered.stream()
			.map((withdrawal) -> new MapSqlParameterSource().addValue("offering", withdrawal.offering().value())
				.addValue("quantity", withdrawal.quantity()))
			.toArray(SqlParameterSource[]::new);
		int[] updated = this.jdbc.batchUpdate(DECREMENT, batch);
		List<OfferingId> shortOfStock = new ArrayList<>();
		Set<OfferingId> taken = new HashSet<>();
		for (int i = 0; i < ordered.size(); i++) {
			if (updated[i] == Statement.SUCCESS_NO_INFO) {
				throw new IllegalStateException("The database did not say whether stock was taken");
			}
			if (updated[i] == 0) {
				shortOfStock.add(ordered.get(i).offering());
			}
			else {
				taken.add(ordered.get(i).offering());
			}
		}
		if (!taken.isEmpty()) {
			this.changes.record();
			this.events.publishEvent(new AvailabilityChanged(taken));
		}
		return shortOfStock;
	}

	/**
	 * Puts back on sale the units of a cancelled part that its manufacturer has taken
	 * back into its own stock, at once rather than at its next pull.
	 * {@code received_total} moves with {@code available}, so that
	 * {@code available = received_total -
	 * sold_total} still holds, and {@code sold_total} stays: the manufacturer's applied
	 * total keeps counting the purchase, and the pull's rule (invariant 2) then reads the
	 * released units in its snapshot as the same units, not as more. A snapshot taken
	 * before the release can still be applied after this: it shows fewer units until the
	 * next pull, never more. Offering-id order, as {@link #withdraw(List)}.
	 * @param returned the units, at most one entry per offering
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void putBack(List<StockWithdrawal> returned) {
		List<StockWithdrawal> ordered = returned.stream()
			.sorted(Comparator.comparing(StockWithdrawal::offering))
			.toList();
		Set<OfferingId> changed = new HashSet<>();
		for (StockWithdrawal units : ordered) {
			int updated = this.jdbc.update(PUT_BACK,
					new MapSqlParameterSource().addValue("offering", units.offering().value())
						.addValue("quantity", units.quantity()));
			if (updated == 1) {
				changed.add(units.offering());
			}
		}
		if (!changed.isEmpty()) {
			this.changes.record();
			this.events.publishEvent(new AvailabilityChanged(changed));
		}
	}

}
