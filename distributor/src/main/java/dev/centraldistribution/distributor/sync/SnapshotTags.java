package dev.centraldistribution.distributor.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tag of the snapshot this instance last applied, per manufacturer, to ask the next
 * pull with {@code If-None-Match}. A {@code 304 Not Modified} then stands for that
 * snapshot, and applying it again would change nothing: reconciliation is a function of
 * the snapshot and of the distributor's own rows, which sales keep in step as they
 * happen. This holds across instances too (another instance may have applied a later
 * snapshot in between: if the manufacturer's is again the one tagged here, it reads the
 * same).
 *
 * <p>
 * Kept in memory, per instance: a restart starts with whole snapshots. Forgotten on a
 * failed pull, and left unused once {@code full-pull-interval} has passed since the last
 * whole snapshot, so that a whole one is read and applied at least that often whatever a
 * manufacturer's tags say.
 */
final class SnapshotTags {

	private final Map<String, Tag> tags = new ConcurrentHashMap<>();

	private final boolean enabled;

	private final Duration fullPullInterval;

	private final Clock clock;

	SnapshotTags(boolean enabled, Duration fullPullInterval, Clock clock) {
		this.enabled = enabled;
		this.fullPullInterval = fullPullInterval;
		this.clock = clock;
	}

	/**
	 * The tag to send, if any.
	 * @param manufacturerId the manufacturer's row (a code registered anew gets a new
	 * one)
	 * @param code its code
	 * @return the tag, or {@code null} to ask for the whole snapshot
	 */
	String ifNoneMatch(long manufacturerId, String code) {
		Tag tag = this.tags.get(code);
		if (!this.enabled || tag == null || tag.manufacturerId() != manufacturerId) {
			return null;
		}
		if (!this.clock.instant().isBefore(tag.wholeSnapshotAt().plus(this.fullPullInterval))) {
			return null;
		}
		return tag.value();
	}

	/** A whole snapshot was applied. */
	void applied(long manufacturerId, String code, String tag) {
		if (tag == null) {
			this.tags.remove(code);
		}
		else {
			this.tags.put(code, new Tag(manufacturerId, tag, this.clock.instant()));
		}
	}

	/** The pull failed: the next one asks for the whole snapshot. */
	void forget(String code) {
		this.tags.remove(code);
	}

	private record Tag(long manufacturerId, String value, Instant wholeSnapshotAt) {
	}

}
