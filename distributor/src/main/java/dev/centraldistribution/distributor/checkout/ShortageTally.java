package dev.centraldistribution.distributor.checkout;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

import org.springframework.stereotype.Component;

/**
 * Checkouts that ran short of stock on this instance, per minute over the last hour, for
 * the operator console's chart. Kept in memory: it is not part of any order's books, and
 * a restart starting the chart afresh costs nothing. Each slot holds the minute it counts
 * and its count; a slot whose minute is over an hour old is reused.
 */
@Component
public class ShortageTally {

	/** Minutes kept. */
	public static final int MINUTES = 60;

	private final AtomicLongArray minutes = new AtomicLongArray(MINUTES);

	private final AtomicLongArray counts = new AtomicLongArray(MINUTES);

	/**
	 * Counts one checkout that ran short.
	 * @param at when
	 */
	public void record(Instant at) {
		long minute = at.getEpochSecond() / 60;
		int slot = (int) Math.floorMod(minute, (long) MINUTES);
		synchronized (this) {
			if (this.minutes.get(slot) != minute) {
				this.minutes.set(slot, minute);
				this.counts.set(slot, 0);
			}
			this.counts.incrementAndGet(slot);
		}
	}

	/**
	 * Shortages per minute, oldest first, the current minute last.
	 * @param now the present moment
	 * @return {@link #MINUTES} counts
	 */
	public synchronized long[] perMinute(Instant now) {
		long current = now.getEpochSecond() / 60;
		long[] perMinute = new long[MINUTES];
		for (int index = 0; index < MINUTES; index++) {
			long minute = current - (MINUTES - 1) + index;
			int slot = (int) Math.floorMod(minute, (long) MINUTES);
			perMinute[index] = (this.minutes.get(slot) == minute) ? this.counts.get(slot) : 0;
		}
		return perMinute;
	}

}
