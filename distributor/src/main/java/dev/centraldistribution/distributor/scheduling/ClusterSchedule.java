package dev.centraldistribution.distributor.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs a job with a fixed delay between attempts, on whichever instance takes its lock
 * first. Owns its own scheduler thread: other jobs' schedules are not affected, and a
 * failed run only waits for the next interval. One made to wait for the application
 * ({@link #afterApplicationReady()}) counts its initial delay from the moment the
 * application is ready instead of from its own start.
 */
public final class ClusterSchedule implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

	private static final Logger logger = LoggerFactory.getLogger(ClusterSchedule.class);

	/** Spring's default time per shutdown phase. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final OncePerInterval oncePerInterval;

	private final LockedJob job;

	private final Runnable task;

	private final AtomicLong attempts = new AtomicLong();

	private final AtomicLong runs = new AtomicLong();

	private volatile ThreadPoolTaskScheduler scheduler;

	private volatile boolean waitsForTheApplication;

	private volatile boolean applicationReady;

	private boolean scheduled;

	ClusterSchedule(LockingTaskExecutor locks, LockedJob job, Runnable task) {
		this.oncePerInterval = new OncePerInterval(locks, job);
		this.job = job;
		this.task = task;
	}

	/**
	 * Schedules a job locked on the database all instances share; it starts with the
	 * application context.
	 * @param dataSource the shared database, with the {@code shedlock} table
	 * @param job the schedule and lock
	 * @param task what to run
	 * @return the schedule, to be registered as a bean
	 */
	public static ClusterSchedule onSharedDatabase(DataSource dataSource, LockedJob job, Runnable task) {
		return new ClusterSchedule(OncePerInterval.locksOn(dataSource), job, task);
	}

	/**
	 * Runs the job first once the application is ready (Spring Boot's
	 * {@link ApplicationReadyEvent}) rather than while the rest of it still starts: a
	 * heavy first run (the catalog's first pull) then has the machine to itself.
	 * @return this schedule
	 */
	public ClusterSchedule afterApplicationReady() {
		this.waitsForTheApplication = true;
		return this;
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
		this.applicationReady = true;
		scheduleIfDue();
	}

	/** The schedule and lock of this job. */
	public LockedJob job() {
		return this.job;
	}

	/** Scheduled attempts finished on this instance, whether or not they got the lock. */
	public long attempts() {
		return this.attempts.get();
	}

	/** Scheduled runs of the job on this instance. */
	public long runs() {
		return this.runs.get();
	}

	void runIfDue() {
		try {
			if (this.oncePerInterval.runIfDue(this.task)) {
				this.runs.incrementAndGet();
			}
		}
		catch (RuntimeException | Error ex) {
			// Keep the schedule alive: the next interval tries again.
			logger.error("{} failed", this.job.description(), ex);
		}
		finally {
			this.attempts.incrementAndGet();
		}
	}

	@Override
	public synchronized void start() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix(this.job.threadNamePrefix());
		scheduler.setDaemon(true);
		// On shutdown, let a running job finish (and release its lock) while the database
		// is still there, rather than interrupt it halfway.
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationMillis(SHUTDOWN_WAIT.toMillis());
		scheduler.initialize();
		this.scheduler = scheduler;
		this.scheduled = false;
		scheduleIfDue();
	}

	private void scheduleIfDue() {
		ThreadPoolTaskScheduler scheduler = this.scheduler;
		if (scheduler == null || this.scheduled || (this.waitsForTheApplication && !this.applicationReady)) {
			return;
		}
		scheduler.scheduleWithFixedDelay(this::runIfDue, Instant.now().plus(this.job.initialDelay()),
				this.job.interval());
		this.scheduled = true;
		logger.info("{} scheduled every {} after {}{}", this.job.description(), this.job.interval(),
				this.job.initialDelay(),
				this.waitsForTheApplication ? ", counted from the application's readiness" : "");
	}

	@Override
	public synchronized void stop() {
		ThreadPoolTaskScheduler scheduler = this.scheduler;
		this.scheduler = null;
		if (scheduler != null) {
			scheduler.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
