package dev.centraldistribution.distributor.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a job unless another instance holds its lock (ShedLock on the shared database).
 * The lock is held at least {@code lockAtLeastFor} after a run starts, so however many
 * instances try within that time, the job runs once.
 */
final class OncePerInterval {

	private final LockingTaskExecutor locks;

	private final LockedJob job;

	OncePerInterval(LockingTaskExecutor locks, LockedJob job) {
		this.locks = locks;
		this.job = job;
	}

	/**
	 * Locks in the {@code shedlock} table, timed by the database's clock so that
	 * instances whose clocks drift apart still agree on when a lock expires.
	 * @param sharedDatabase the database all instances share
	 * @return locks on that database
	 */
	static LockingTaskExecutor locksOn(DataSource sharedDatabase) {
		return new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(sharedDatabase))
					.usingDbTime()
					.build()));
	}

	/**
	 * Runs the job if no instance ran it within the interval and none is running it.
	 * @param task what to run
	 * @return whether it ran here
	 */
	boolean runIfDue(Runnable task) {
		try {
			return this.locks.executeWithLock(() -> {
				task.run();
				return Boolean.TRUE;
			}, new LockConfiguration(ClockProvider.now(), this.job.lockName(), this.job.lockAtMostFor(),
					this.job.lockAtLeastFor()))
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
