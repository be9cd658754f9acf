package dev.centraldistribution.distributor.sync;

import java.time.Duration;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs a job unless another instance holds its lock (ShedLock on the shared database).
 * The lock is held at least {@code lockAtLeastFor} after a run starts, so however many
 * instances try within that time, the job runs once.
 */
final class OncePerInterval {

	private final LockingTaskExecutor locks;

	private final String name;

	private final Duration lockAtMostFor;

	private final Duration lockAtLeastFor;

	OncePerInterval(LockingTaskExecutor locks, String name, Duration lockAtMostFor, Duration lockAtLeastFor) {
		if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
			throw new IllegalArgumentException("lockAtLeastFor must not exceed lockAtMostFor");
		}
		this.locks = locks;
		this.name = name;
		this.lockAtMostFor = lockAtMostFor;
		this.lockAtLeastFor = lockAtLeastFor;
	}

	/**
	 * Runs the job if no instance ran it within the interval and none is running it.
	 * @param job what to run
	 * @return whether it ran here
	 */
	boolean runIfDue(Runnable job) {
		try {
			return this.locks.executeWithLock(() -> {
				job.run();
				return Boolean.TRUE;
			}, new LockConfiguration(ClockProvider.now(), this.name, this.lockAtMostFor, this.lockAtLeastFor))
				.wasExecuted();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

}
