package dev.centraldistribution.distributor.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.distributor.adapters.AnsweredPurchases;
import dev.centraldistribution.distributor.adapters.OfferingsSources;
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
 * Pulls the registered manufacturers, several at a time, and applies each one's snapshot
 * to the catalog as soon as it arrives. Scheduled by {@code distributor.sync.*}
 * ({@link #startPulls()}); sales cycles call {@link #pullAll()} when they open.
 * <p>
 * One pull of a manufacturer at a time on this instance, none waiting for another
 * manufacturer's ({@link PullLanes}): a manufacturer that answers slowly, or not at all
 * until the timeout, delays neither the others' snapshots nor their next scheduled pull.
 */
@Service
@EnableConfigurationProperties(SyncProperties.class)
public class CatalogSync implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(CatalogSync.class);

	/** Idle pull threads end after this; the next pull starts new ones. */
	private static final Duration IDLE_THREAD_LIFE = Duration.ofMinutes(1);

	/**
	 * On shutdown, how long running pulls may take to end before they are interrupted.
	 */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final ManufacturerDirectory directory;

	private final ThreadPoolExecutor executor;

	private final PullLanes lanes;

	private final Clock clock;

	CatalogSync(ManufacturerDirectory directory, ManufacturerHealthTracker health,
			SnapshotReconciliation reconciliation, AnsweredPurchases answered, SyncProperties properties,
			MeterRegistry meterRegistry, Clock clock) {
		this.directory = directory;
		ManufacturerPuller puller = new ManufacturerPuller(OfferingsSources.withLimits(properties.limits(), answered),
				new SnapshotTags(properties.conditionalRequests(), properties.fullPullInterval(), clock),
				reconciliation, health, new SyncMetrics(meterRegistry), clock);
		this.executor = pullThreads(properties.parallelism());
		this.lanes = new PullLanes(this.executor, puller::pull);
		this.clock = clock;
	}

	private static ThreadPoolExecutor pullThreads(int parallelism) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("catalog-pull-");
		threads.setDaemon(true);
		ThreadPoolExecutor executor = new ThreadPoolExecutor(parallelism, parallelism, IDLE_THREAD_LIFE.toMillis(),
				TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	/**
	 * Pulls every registered manufacturer that is not unlisted anew and waits until each
	 * one's snapshot is applied or its pull failed: a pull of a manufacturer already
	 * running ends first, so that what is applied is no older than this call. A
	 * manufacturer that fails is marked unhealthy and keeps its previous offerings; the
	 * others sync anyway. Does not take the scheduling lock: callers that must run on one
	 * instance only take their own.
	 * @return how each manufacturer's pull went
	 */
	public SyncSummary pullAll() {
		return pull(this.directory.pulled());
	}

	/**
	 * Starts a pull of every registered manufacturer that is not being pulled on this
	 * instance already, and returns without waiting: the scheduled pull, whose next round
	 * then comes one interval later whatever a slow manufacturer does. A manufacturer
	 * still being pulled from an earlier round is left to that pull.
	 */
	public void startPulls() {
		startPulls(this.directory.pulled());
	}

	/**
	 * Starts a pull of one manufacturer anew (after a pull of it already running here
	 * ends), and returns without waiting.
	 * @param manufacturer the manufacturer
	 * @return the pull, done when its snapshot is applied or it failed
	 */
	CompletableFuture<ManufacturerPull> startPull(Manufacturer manufacturer) {
		return this.lanes.pullAnew(manufacturer);
	}

	void startPulls(List<Manufacturer> manufacturers) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		List<CompletableFuture<ManufacturerPull>> pulls = manufacturers.stream()
			.map(this.lanes::pullUnlessRunning)
			.toList();
		CompletableFuture.allOf(pulls.toArray(CompletableFuture[]::new))
			.whenComplete((done, failure) -> report(summary(manufacturers, pulls, startedAt, start)));
	}

	SyncSummary pull(List<Manufacturer> manufacturers) {
		Instant startedAt = this.clock.instant();
		long start = System.nanoTime();
		List<CompletableFuture<ManufacturerPull>> pulls = manufacturers.stream().map(this.lanes::pullAnew).toList();
		SyncSummary summary = summary(manufacturers, pulls, startedAt, start);
		report(summary);
		return summary;
	}

	/** Waits for every pull to end, and stops the pull threads. */
	@Override
	public void close() {
		this.executor.shutdown();
		try {
			if (!this.executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				this.executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			this.executor.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	private static SyncSummary summary(List<Manufacturer> manufacturers,
			List<CompletableFuture<ManufacturerPull>> pulls, Instant startedAt, long start) {
		List<ManufacturerPull> outcomes = new ArrayList<>(pulls.size());
		for (int i = 0; i < pulls.size(); i++) {
			outcomes.add(outcome(manufacturers.get(i), pulls.get(i)));
		}
		return new SyncSummary(startedAt, Duration.ofNanos(System.nanoTime() - start), outcomes);
	}

	private static void report(SyncSummary summary) {
		int pulled = summary.manufacturers().size();
		if (summary.failed() > 0) {
			logger.info("Pulled {} manufacturers in {} ms: {} synced, {} failed", pulled, summary.duration().toMillis(),
					summary.synced(), summary.failed());
		}
		else {
			logger.debug("Pulled {} manufacturers in {} ms", pulled, summary.duration().toMillis());
		}
	}

	private static ManufacturerPull outcome(Manufacturer manufacturer, CompletableFuture<ManufacturerPull> pull) {
		try {
			return pull.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new ManufacturerPull(manufacturer.code(), false, 0, 0, Duration.ZERO, "pull interrupted");
		}
		catch (ExecutionException ex) {
			// The puller turns every failure into an outcome: this is an Error escaping,
			// or
			// a pull refused because this instance is shutting down.
			logger.error("Pull of manufacturer {} broke", manufacturer.code(), ex.getCause());
			return new ManufacturerPull(manufacturer.code(), false, 0, 0, Duration.ZERO, "pull broke");
		}
	}

}
