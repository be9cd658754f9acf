package dev.centraldistribution.distributor.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealthTracker;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;

/**
 * Pulls every registered manufacturer now, several at a time, and applies their snapshots
 * to the catalog. Scheduled by {@code distributor.sync.*}; sales cycles call it when they
 * open.
 * <p>
 * One pull at a time on this instance: a pull asked for while another runs waits for it
 * to end, then pulls anew, so that what it applies is no older than the moment it was
 * asked for. Run side by side (a fresh instance's first scheduled pull and the opening of
 * its first sales cycle), two pulls would fetch and parse every snapshot twice and the
 * second would wait on the first's row locks anyway.
 */
@Service
@EnableConfigurationProperties(SyncProperties.class)
public class CatalogSync {

	private static final Logger logger = LoggerFactory.getLogger(CatalogSync.class);

	private final ManufacturerDirectory directory;

	private final ManufacturerPuller puller;

	private final int parallelism;

	private final Clock clock;

	private final ReentrantLock pulling = new ReentrantLock(true);

	CatalogSync(ManufacturerDirectory directory, ManufacturerHealthTracker health,
			SnapshotReconciliation reconciliation, SyncProperties properties, MeterRegistry meterRegistry,
			Clock clock) {
		this.directory = directory;
		this.puller = new ManufacturerPuller(new SnapshotDownloader(properties),
				new SnapshotReader(properties.maxProducts()), reconciliation, health, new SyncMetrics(meterRegistry),
				clock);
		this.parallelism = properties.parallelism();
		this.clock = clock;
	}

	/**
	 * Pulls every registered manufacturer and applies what it sends. A manufacturer that
	 * fails is marked unhealthy and keeps its previous offerings; the others sync anyway.
	 * Does not take the scheduling lock: callers that must run on one instance only
	 * (scheduled jobs) take their own.
	 * @return how each manufacturer's pull went
	 */
	public SyncSummary pullAll() {
		return pull(this.directory.all());
	}

	SyncSummary pull(List<Manufacturer> manufacturers) {
		this.pulling.lock();
		try {
			return pullNow(manufacturers);
		}
		finally {
			this.pulling.unlock();
		}
	}

	private SyncSummary pullNow(List<Manufacturer> manufacturers) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		List<ManufacturerPull> pulls = manufacturers.isEmpty() ? List.of() : pullConcurrently(manufacturers);
		SyncSummary summary = new SyncSummary(startedAt, Duration.ofNanos(System.nanoTime() - start), pulls);
		if (summary.failed() > 0) {
			logger.info("Pulled {} manufacturers in {} ms: {} synced, {} failed", pulls.size(),
					summary.duration().toMillis(), summary.synced(), summary.failed());
		}
		else {
			logger.debug("Pulled {} manufacturers in {} ms", pulls.size(), summary.duration().toMillis());
		}
		return summary;
	}

	private List<ManufacturerPull> pullConcurrently(List<Manufacturer> manufacturers) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("catalog-pull-");
		threads.setDaemon(true);
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(this.parallelism, manufacturers.size()), threads);
		try {
			List<Future<ManufacturerPull>> futures = new ArrayList<>(manufacturers.size());
			for (Manufacturer manufacturer : manufacturers) {
				futures.add(pool.submit(() -> this.puller.pull(manufacturer)));
			}
			List<ManufacturerPull> pulls = new ArrayList<>(manufacturers.size());
			for (int i = 0; i < futures.size(); i++) {
				pulls.add(outcome(manufacturers.get(i), futures.get(i)));
			}
			return pulls;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static ManufacturerPull outcome(Manufacturer manufacturer, Future<ManufacturerPull> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ManufacturerPull(manufacturer.code(), false, 0, 0, Duration.ZERO, "pull interrupted");
		}
		catch (ExecutionException ex) {
			// The puller turns every failure into an outcome; this is an Error escaping.
			logger.error("Pull of manufacturer {} broke", manufacturer.code(), ex.getCause());
			return new ManufacturerPull(manufacturer.code(), false, 0, 0, Duration.ZERO, "pull broke");
		}
	}

}
