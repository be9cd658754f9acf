package dev.centraldistribution.distributor.livechanges;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Collects what this instance's commits changed and hands it on coalesced: the first
 * change after a quiet spell schedules one flush a {@code coalesce-interval} later, and
 * everything collected until then goes with it, each item once, in batches of at most
 * {@code max-offerings-per-message} items. A busy instance thus sends at most one round
 * per interval, and a pull that changed 10,000 offerings sends a few batches of bounded
 * size rather than 10,000 or one huge one.
 * <p>
 * The committing thread only adds to a set: the batches are handed on on this class's own
 * thread, so a slow or absent broker never delays a checkout. Whatever the batch's
 * consumer throws is its own to count and log; it is never thrown back to the committer.
 *
 * @param <T> what is collected (an offering's or an order's id)
 */
public final class CoalescingBatches<T> implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(CoalescingBatches.class);

	private final LiveUpdatesProperties properties;

	private final Consumer<List<T>> send;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private final Set<T> changed = new LinkedHashSet<>();

	private boolean flushScheduled;

	/**
	 * Starts the thread that sends.
	 * @param name the thread's name prefix, such as {@code stock-changes-}
	 * @param properties the interval and the batch size
	 * @param send what sends one batch (called on this class's thread, never with an
	 * empty batch)
	 */
	public CoalescingBatches(String name, LiveUpdatesProperties properties, Consumer<List<T>> send) {
		this.properties = properties;
		this.send = send;
		this.scheduler.setThreadNamePrefix(name);
		this.scheduler.setDaemon(true);
		this.scheduler.initialize();
	}

	/** Adds changed items, to be sent with the next flush (scheduled if none is). */
	public void add(Collection<T> items) {
		synchronized (this) {
			this.changed.addAll(items);
			if (this.flushScheduled) {
				return;
			}
			this.flushScheduled = true;
		}
		try {
			this.scheduler.schedule(this::flush, Instant.now().plus(this.properties.coalesceInterval()));
		}
		catch (RuntimeException ex) {
			// Shutting down: drop the changes, there is nobody left to tell.
			synchronized (this) {
				this.flushScheduled = false;
				this.changed.clear();
			}
			logger.debug("Changes not scheduled for sending", ex);
		}
	}

	/** Sends everything collected so far, in batches of bounded size. */
	public void flush() {
		List<T> items;
		synchronized (this) {
			items = new ArrayList<>(this.changed);
			this.changed.clear();
			this.flushScheduled = false;
		}
		int batch = this.properties.maxOfferingsPerMessage();
		for (int from = 0; from < items.size(); from += batch) {
			this.send.accept(List.copyOf(items.subList(from, Math.min(items.size(), from + batch))));
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdown();
	}

}
