package dev.centraldistribution.distributor.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Pulls the catalog with a fixed delay between pulls, on whichever instance takes the
 * lock first. Owns its own scheduler thread: other features' schedules are not affected.
 */
final class ScheduledPulls implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledPulls.class);

	/** Spring's default time per shutdown phase. */
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final OncePerInterval oncePerInterval;

	private final Runnable pull;

	private final Duration initialDelay;

	private final Duration interval;

	private final AtomicLong attempts = new AtomicLong();

	private final AtomicLong runs = new AtomicLong();

	private volatile ThreadPoolTaskScheduler scheduler;

	ScheduledPulls(OncePerInterval oncePerInterval, Runnable pull, Duration initialDelay, Duration interval) {
		this.oncePerInterval = oncePerInterval;
		this.pull = pull;
		this.initialDelay = initialDelay;
		this.interval = interval;
	}

	void pullIfDue() {
		try {
			if (this.oncePerInterval.runIfDue(this.pull)) {
				this.runs.incrementAndGet();
			}
		}
		catch (RuntimeException ex) {
			// Keep the schedule alive: the next interval tries again.
			logger.error("Scheduled catalog pull failed", ex);
		}
		finally {
			this.attempts.incrementAndGet();
		}
	}

	/** Scheduled attempts finished on this instance, whether or not they got the lock. */
	long attempts() {
		return this.attempts.get();
	}

	/** Scheduled pulls that ran on this instance. */
	long runs() {
		return this.runs.get();
	}

	@Override
	public synchronized void start() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("catalog-sync-");
		scheduler.setDaemon(true);
		// On shutdown, let a running pull finish (and release its lock) while the
		// database
		// is still there, rather than interrupt it and mark manufacturers failed.
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationMillis(SHUTDOWN_WAIT.toMillis());
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(this::pullIfDue, Instant.now().plus(this.initialDelay), this.interval);
		this.scheduler = scheduler;
		logger.info("Catalog pull scheduled every {} after {}", this.interval, this.initialDelay);
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
