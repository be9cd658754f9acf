package dev.centraldistribution.distributor.cycles;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Runs the cycle check with a fixed delay, on whichever instance takes the lock. Owns its
 * own scheduler thread.
 */
final class ScheduledCycleChecks implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ScheduledCycleChecks.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

	private final LockingTaskExecutor locks;

	private final SalesCycleCheck check;

	private final Duration interval;

	private volatile ThreadPoolTaskScheduler scheduler;

	ScheduledCycleChecks(LockingTaskExecutor locks, SalesCycleCheck check, Duration interval) {
		this.locks = locks;
		this.check = check;
		this.interval = interval;
	}

	void checkOnce() {
		try {
			this.locks.executeWithLock(() -> this.check.check(Instant.now()), new LockConfiguration(ClockProvider.now(),
					CycleScheduling.LOCK_NAME, CycleScheduling.LOCK_AT_MOST_FOR, Duration.ZERO));
		}
		catch (Throwable ex) {
			// Keep the schedule alive: the next interval tries again.
			logger.error("Sales cycle check failed", ex);
		}
	}

	@Override
	public synchronized void start() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix("sales-cycle-");
		scheduler.setDaemon(true);
		scheduler.setWaitForTasksToCompleteOnShutdown(true);
		scheduler.setAwaitTerminationMillis(SHUTDOWN_WAIT.toMillis());
		scheduler.initialize();
		scheduler.scheduleWithFixedDelay(this::checkOnce, Instant.now().plus(this.interval), this.interval);
		this.scheduler = scheduler;
		logger.info("Sales cycle check scheduled every {}", this.interval);
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
