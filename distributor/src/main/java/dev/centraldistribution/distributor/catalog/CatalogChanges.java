package dev.centraldistribution.distributor.catalog;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts the transactions that wrote offerings (table {@code catalog_change}), so that a
 * page built from the offerings tells in one small read whether it is still current
 * ({@link CatalogVersions}). Every writer of the offering table calls {@link #record()}
 * in the transaction that writes: the count goes up just before that transaction commits,
 * so that it becomes visible together with the rows it covers, on every instance. A
 * reader that reads the count before the offerings may see newer offerings than its
 * count, never older ones.
 * <p>
 * Just before the commit, when the transaction holds every row lock it takes: waiting
 * here for another commit cannot close a cycle of locks (checkouts and pulls lock
 * offerings in id order). One of eight slots, picked at random: concurrent checkouts
 * rarely wait for each other here at all.
 */
@Component
class CatalogChanges {

	static final int SLOTS = 8;

	private static final String COUNT_ONE = "update catalog_change set changes = changes + 1 where slot = ?";

	private static final String COUNT = "select sum(changes) from catalog_change";

	private final JdbcTemplate jdbc;

	CatalogChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts the current transaction as one that wrote offerings, once however often it
	 * is called; without a transaction (the write is committed already), counts at once.
	 */
	void record() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			countOne();
			return;
		}
		// The synchronizations are the current transaction's own: a transaction suspended
		// for a new one keeps its own, and the new one counts for itself.
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof CountBeforeCommit count && count.changes() == this) {
				return;
			}
		}
		TransactionSynchronizationManager.registerSynchronization(new CountBeforeCommit(this));
	}

	/** The number of transactions that wrote offerings so far. */
	long count() {
		Long count = this.jdbc.queryForObject(COUNT, Long.class);
		return (count != null) ? count : 0;
	}

	private void countOne() {
		this.jdbc.update(COUNT_ONE, ThreadLocalRandom.current().nextInt(SLOTS));
	}

	private record CountBeforeCommit(CatalogChanges changes) implements TransactionSynchronization {

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.changes.countOne();
		}

	}

}
