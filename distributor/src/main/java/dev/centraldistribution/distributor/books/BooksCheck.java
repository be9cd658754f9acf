package dev.centraldistribution.distributor.books;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.centraldistribution.distributor.catalog.OfferingBooks;
import dev.centraldistribution.distributor.catalog.StockBooks;
import dev.centraldistribution.distributor.confirmations.AcknowledgementBooks;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;
import dev.centraldistribution.distributor.orders.IdDigest;
import dev.centraldistribution.distributor.orders.SubOrderBooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the books on the live system: the invariants the drills and the benchmark check
 * once the system is quiet (system-tests' {@code Ledgers}, {@code scripts/benchmark.sh}),
 * from the distributor's side only, each through the module that owns the table. Reads in
 * one repeatable-read transaction, so that every module's figures come from the same
 * moment; stores the result for every instance to show.
 * <p>
 * The distributor does not read the manufacturers' databases: "applied" is what each
 * manufacturer's snapshot says it applied of our confirmations, as the last pull stored
 * it. A manufacturer counts as quiet when none of its sub-orders waits for an answer and
 * its last successful pull started more than {@code distributor.books.quiet-margin} after
 * its latest acknowledgement arrived: that snapshot was taken after it applied everything
 * we sold.
 */
public class BooksCheck {

	private static final Logger logger = LoggerFactory.getLogger(BooksCheck.class);

	private final TransactionTemplate snapshot;

	private final StockBooks stock;

	private final SubOrderBooks subOrders;

	private final AcknowledgementBooks acknowledgements;

	private final ManufacturerDirectory manufacturers;

	private final BooksResults results;

	private final BooksProperties properties;

	BooksCheck(PlatformTransactionManager transactions, StockBooks stock, SubOrderBooks subOrders,
			AcknowledgementBooks acknowledgements, ManufacturerDirectory manufacturers, BooksResults results,
			BooksProperties properties) {
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.stock = stock;
		this.subOrders = subOrders;
		this.acknowledgements = acknowledgements;
		this.manufacturers = manufacturers;
		this.results = results;
		this.properties = properties;
	}

	/**
	 * Checks every invariant and stores the result.
	 * @param now the present moment
	 * @return the result
	 */
	public BooksResult check(Instant now) {
		int examples = this.properties.examples();
		BooksResult result = this.snapshot.execute((status) -> new BooksResult(now,
				List.of(offerings(Invariant.NO_NEGATIVE_STOCK, this.stock.negativeStock(examples)),
						acknowledgements(examples), soldEqualsApplied(examples),
						offerings(Invariant.CONSERVATION, this.stock.unconserved(examples)))));
		this.results.store(result);
		if (result.violations() > 0) {
			logger.warn("Books check: {} violations: {}", result.violations(), result.invariants());
		}
		else {
			logger.debug("Books check: every invariant holds");
		}
		return result;
	}

	private InvariantResult acknowledgements(int examples) {
		Map<String, IdDigest> answered = this.subOrders.answeredDigestByManufacturer();
		Map<String, IdDigest> recorded = this.acknowledgements.digestByManufacturer();
		Set<String> codes = new TreeSet<>(answered.keySet());
		codes.addAll(recorded.keySet());
		// Reading every id is only needed where the digests differ: a check per interval
		// of a system with millions of sub-orders reads two small aggregates.
		codes.removeIf((code) -> answered.getOrDefault(code, IdDigest.NONE)
			.equals(recorded.getOrDefault(code, IdDigest.NONE)));
		long violations = 0;
		List<String> described = new ArrayList<>();
		for (String code : codes) {
			List<Long> answeredIds = this.subOrders.answered(code);
			List<Long> acknowledgedIds = this.acknowledgements.subOrders(code);
			Set<Long> distinctAcknowledged = new HashSet<>(acknowledgedIds);
			for (Long id : answeredIds) {
				if (!distinctAcknowledged.contains(id)) {
					violations++;
					describe(described, examples,
							"sub-order " + id + " of " + code + " answered without an acknowledgement");
				}
			}
			Set<Long> answeredSet = new HashSet<>(answeredIds);
			Set<Long> seen = new HashSet<>();
			for (Long id : acknowledgedIds) {
				if (!answeredSet.contains(id)) {
					violations++;
					describe(described, examples,
							"acknowledgement from " + code + " for sub-order " + id + ", which is not answered");
				}
				else if (!seen.add(id)) {
					violations++;
					describe(described, examples, "sub-order " + id + " of " + code + " acknowledged more than once");
				}
			}
		}
		return new InvariantResult(Invariant.ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER, violations, described);
	}

	private InvariantResult soldEqualsApplied(int examples) {
		Map<String, Long> unanswered = this.subOrders.unansweredByManufacturer();
		Map<String, Instant> lastAcknowledged = this.acknowledgements.lastReceivedByManufacturer();
		Set<String> quietCodes = new HashSet<>();
		for (ManufacturerHealth health : this.manufacturers.health()) {
			if (isQuiet(health, unanswered.getOrDefault(health.code(), 0L), lastAcknowledged.get(health.code()))) {
				quietCodes.add(health.code());
			}
		}
		List<Long> quiet = this.manufacturers.all()
			.stream()
			.filter((manufacturer) -> quietCodes.contains(manufacturer.code()))
			.map(Manufacturer::id)
			.toList();
		return offerings(Invariant.SOLD_EQUALS_APPLIED_ONCE_QUIET, this.stock.soldNotApplied(quiet, examples));
	}

	private boolean isQuiet(ManufacturerHealth health, long unanswered, Instant lastAcknowledged) {
		// The duration stored is the last pull's, successful or not: after a failed pull
		// the start of the last successful one is unknown, and nothing is judged.
		if (unanswered > 0 || !health.healthy() || health.lastSyncedAt() == null || health.lastPullDuration() == null) {
			return false;
		}
		Instant pullStarted = health.lastSyncedAt().minus(health.lastPullDuration());
		return lastAcknowledged == null || pullStarted.isAfter(lastAcknowledged.plus(this.properties.quietMargin()));
	}

	private static InvariantResult offerings(Invariant invariant, OfferingBooks books) {
		return new InvariantResult(invariant, books.count(), books.examples());
	}

	private static void describe(List<String> described, int examples, String violation) {
		if (described.size() < examples) {
			described.add(violation);
		}
	}

}
