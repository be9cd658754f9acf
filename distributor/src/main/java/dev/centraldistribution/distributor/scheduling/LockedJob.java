package dev.centraldistribution.distributor.scheduling;

import java.time.Duration;
import java.util.Objects;

/**
 * How a job is scheduled on each instance and locked across the cluster.
 *
 * @param description what the job does, for the log ("Catalog pull")
 * @param lockName the job's row in the shared lock table
 * @param threadNamePrefix names the job's own scheduler thread
 * @param initialDelay wait after startup before the first attempt
 * @param interval pause between the end of one attempt and the start of the next
 * @param lockAtMostFor how long a crashed instance may keep the others from running the
 * job; must be longer than any run
 * @param lockAtLeastFor how long the lock stays held after a run starts, however fast the
 * run: instances trying within that time do not run the job again
 */
public record LockedJob(String description, String lockName, String threadNamePrefix, Duration initialDelay,
		Duration interval, Duration lockAtMostFor, Duration lockAtLeastFor) {

	public LockedJob {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(lockName, "lockName");
		Objects.requireNonNull(threadNamePrefix, "threadNamePrefix");
		Objects.requireNonNull(initialDelay, "initialDelay");
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(lockAtMostFor, "lockAtMostFor");
		Objects.requireNonNull(lockAtLeastFor, "lockAtLeastFor");
		if (lockAtLeastFor.compareTo(lockAtMostFor) > 0) {
			throw new IllegalArgumentException("lockAtLeastFor must not exceed lockAtMostFor");
		}
	}

	/**
	 * How long to hold the lock of a job that should run once per interval across the
	 * cluster: slightly less than the interval, so that another instance whose schedule
	 * fires within the same interval finds it taken, and the next interval's attempt
	 * finds it free.
	 * @param interval the job's interval
	 * @return the interval minus a tenth of it, at most one second less
	 */
	public static Duration lockForAlmostTheInterval(Duration interval) {
		Duration margin = interval.dividedBy(10);
		return interval.minus((margin.compareTo(Duration.ofSeconds(1)) > 0) ? Duration.ofSeconds(1) : margin);
	}

}
