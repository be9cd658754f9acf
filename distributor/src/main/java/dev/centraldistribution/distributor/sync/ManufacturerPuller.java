package dev.centraldistribution.distributor.sync;

import java.time.Clock;
import java.time.Duration;

import dev.centraldistribution.distributor.adapters.Offerings;
import dev.centraldistribution.distributor.adapters.OfferingsSources;
import dev.centraldistribution.distributor.adapters.ProductRead;
import dev.centraldistribution.distributor.adapters.PullFailedException;
import dev.centraldistribution.distributor.adapters.PullFailureReason;
import dev.centraldistribution.distributor.adapters.ReadSnapshot;
import dev.centraldistribution.distributor.catalog.ReconciledSnapshot;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealthTracker;
import dev.centraldistribution.logging.LogFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls one manufacturer: read its offerings through its adapter (with the tag of the
 * snapshot applied last, see {@link SnapshotTags}), judge it alive by a snapshot that
 * passed its checks, apply, record its health. Whatever the manufacturer sends, this
 * returns an outcome instead of throwing, so one manufacturer never stops the others.
 */
final class ManufacturerPuller {

	private static final Logger logger = LoggerFactory.getLogger(ManufacturerPuller.class);

	/** Rejected products logged one by one per snapshot; the rest are counted. */
	private static final int LOGGED_REJECTIONS = 5;

	private final OfferingsSources sources;

	private final SnapshotTags tags;

	private final SnapshotReconciliation reconciliation;

	private final ManufacturerHealthTracker health;

	private final SyncMetrics metrics;

	private final Clock clock;

	ManufacturerPuller(OfferingsSources sources, SnapshotTags tags, SnapshotReconciliation reconciliation,
			ManufacturerHealthTracker health, SyncMetrics metrics, Clock clock) {
		this.sources = sources;
		this.tags = tags;
		this.reconciliation = reconciliation;
		this.health = health;
		this.metrics = metrics;
		this.clock = clock;
	}

	ManufacturerPull pull(Manufacturer manufacturer) {
		try (LogFields.Scope fields = LogFields.with(LogFields.MANUFACTURER, manufacturer.code())) {
			return pullLogged(manufacturer);
		}
	}

	private ManufacturerPull pullLogged(Manufacturer manufacturer) {
		long start = System.nanoTime();
		String code = manufacturer.code();
		try {
			Offerings offerings = this.sources.of(manufacturer.adapterKind())
				.read(manufacturer, this.tags.ifNoneMatch(manufacturer.id(), code));
			if (offerings.notModified()) {
				return unchanged(code, start);
			}
			ReadSnapshot snapshot = offerings.snapshot();
			reportRejections(code, snapshot);
			// Alive before the writes: a manufacturer coming alive gets its new offerings
			// inserted on sale, not inserted and then rewritten to put them on sale.
			this.health.snapshotReceived(code);
			ReconciledSnapshot reconciled = this.reconciliation.apply(manufacturer.id(), snapshot.accepted());
			// A snapshot with products left out is not one to stand for later: the next
			// pull
			// reads the whole snapshot again.
			this.tags.applied(manufacturer.id(), code, snapshot.rejected().isEmpty() ? offerings.tag() : null);
			Duration duration = Duration.ofNanos(System.nanoTime() - start);
			this.health.pullSucceeded(code, this.clock.instant(), duration);
			this.metrics.synced(code, duration, reconciled);
			reportGrowth(code, reconciled);
			logger.debug("Pulled manufacturer {} in {} ms: {}", code, duration.toMillis(), reconciled);
			return new ManufacturerPull(code, true, reconciled.applied(), snapshot.rejected().size(), duration, null);
		}
		catch (PullFailedException ex) {
			logger.warn("Pull of manufacturer {} failed ({}): {}", code, ex.reason().tag(), ex.getMessage());
			return failed(code, start, ex.reason(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			logger.error("Pull of manufacturer {} failed on our side", code, ex);
			return failed(code, start, PullFailureReason.INTERNAL,
					"internal error while applying the snapshot: " + ex.getClass().getSimpleName());
		}
	}

	/** The manufacturer's snapshot is the one applied last: a pull that succeeded. */
	private ManufacturerPull unchanged(String code, long start) {
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		this.health.pullSucceeded(code, this.clock.instant(), duration);
		this.metrics.unchanged(code, duration);
		logger.debug("Manufacturer {} has not changed since its last snapshot ({} ms)", code, duration.toMillis());
		return new ManufacturerPull(code, true, 0, 0, duration, null);
	}

	private ManufacturerPull failed(String code, long start, PullFailureReason reason, String error) {
		this.tags.forget(code);
		Duration duration = Duration.ofNanos(System.nanoTime() - start);
		try {
			this.health.pullFailed(code, this.clock.instant(), error, duration);
		}
		catch (RuntimeException ex) {
			logger.error("Could not record the failed pull of manufacturer {}", code, ex);
		}
		this.metrics.failed(code, duration, reason);
		return new ManufacturerPull(code, false, 0, 0, duration, error);
	}

	private static void reportGrowth(String code, ReconciledSnapshot reconciled) {
		if (reconciled.overLimit() > 0) {
			logger.warn(
					"Manufacturer {} is at its limit of offerings (distributor.catalog."
							+ "max-offerings-per-manufacturer): {} new products left out until older ones retire",
					code, reconciled.overLimit());
		}
		if (reconciled.retired() > 0) {
			logger.info("Retired {} offerings of manufacturer {} that its snapshots left out", reconciled.retired(),
					code);
		}
	}

	private void reportRejections(String code, ReadSnapshot snapshot) {
		int logged = 0;
		for (ProductRead.Rejected rejected : snapshot.rejected()) {
			this.metrics.rejected(code, rejected.reason());
			if (logged++ < LOGGED_REJECTIONS) {
				logger.warn("Manufacturer {} sent an invalid product {}: {}", code, loggable(rejected.skuHint()),
						rejected.reason().tag());
			}
		}
		if (logged > LOGGED_REJECTIONS) {
			logger.warn("Manufacturer {} sent {} invalid products in all", code, logged);
		}
	}

	/** A sku as sent may be anything: keep log lines short and on one line. */
	private static String loggable(String skuHint) {
		if (skuHint == null) {
			return "(no sku)";
		}
		String printable = skuHint.codePoints()
			.limit(64)
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return '"' + printable + '"';
	}

}
