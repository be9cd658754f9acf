package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.BooleanSupplier;

/**
 * The one failure detector, fed by heartbeats and by pulls. Pure rules over
 * {@link Liveness} and a clock; {@link ManufacturerLiveness} stores what they decide.
 * <ul>
 * <li>A manufacturer that beats is <em>silent</em> once no heartbeat arrived for
 * {@code missed-heartbeats} of its intervals and half an interval more (7 s at 2 s).</li>
 * <li>The presence feed is <em>heard</em> while some manufacturer is not silent. When
 * none is heard (the broker is down, no instance consumes presence messages, or every
 * manufacturer went at once), silence proves nothing: every manufacturer is then judged
 * by its pulls alone, which still fail for one that is gone.</li>
 * <li>{@code ALIVE} becomes {@code SUSPECT} on a failed pull, or when it is silent while
 * the feed is heard. {@code UNKNOWN} becomes {@code SUSPECT} on a failed pull.</li>
 * <li>{@code SUSPECT} becomes {@code DOWN} after {@code down-after} without coming
 * back.</li>
 * <li>Any state becomes {@code LEFT} on {@code bye}.</li>
 * <li>{@code UNLISTED} is left alone by every rule here: only the configuration or a
 * hello lists it again ({@link UnlistedManufacturers}).</li>
 * <li>A successful pull makes it {@code ALIVE} again if it never beat (judged by pulls),
 * or if the feed is not heard, or if it beat since it entered its state and is not
 * silent: a heartbeat followed by a successful pull. {@code LEFT} always needs that
 * heartbeat (its bye said it went).</li>
 * </ul>
 * Times are this side's clock only, never the manufacturer's. A clock that jumps forward
 * makes live manufacturers suspect until their next heartbeat and pull, never down at
 * once; one that jumps back restarts the count towards down from now.
 */
final class FailureDetector {

	private final Clock clock;

	private final int missedHeartbeats;

	private final Duration downAfter;

	FailureDetector(Clock clock, int missedHeartbeats, Duration downAfter) {
		this.clock = clock;
		this.missedHeartbeats = missedHeartbeats;
		this.downAfter = downAfter;
	}

	Instant now() {
		return this.clock.instant();
	}

	/** How long a manufacturer that beats may stay silent before it is suspect. */
	Duration silenceLimit(Liveness liveness) {
		Duration interval = liveness.interval();
		return interval.multipliedBy(this.missedHeartbeats).plus(interval.dividedBy(2));
	}

	/** Whether it beats and its last heartbeat is recent enough. */
	boolean isHeard(Liveness liveness, Instant now) {
		return liveness.beats() && !now.isAfter(liveness.lastHeartbeatAt().plus(silenceLimit(liveness)));
	}

	/** Whether some manufacturer's heartbeats still arrive. */
	boolean isFeedHeard(Collection<Liveness> all) {
		Instant now = now();
		return all.stream().anyMatch((liveness) -> isHeard(liveness, now));
	}

	Liveness heartbeat(Liveness liveness) {
		return liveness.heardAt(now());
	}

	Liveness bye(Liveness liveness) {
		return switch (liveness.state()) {
			case LEFT, UNLISTED -> liveness;
			case UNKNOWN, ALIVE, SUSPECT, DOWN -> liveness.in(ManufacturerState.LEFT, now());
		};
	}

	Liveness pullFailed(Liveness liveness) {
		return switch (liveness.state()) {
			case ALIVE, UNKNOWN -> liveness.in(ManufacturerState.SUSPECT, now());
			case SUSPECT, DOWN, LEFT, UNLISTED -> liveness;
		};
	}

	/**
	 * @param feedHeard asked only when the answer matters
	 */
	Liveness pullSucceeded(Liveness liveness, BooleanSupplier feedHeard) {
		if (liveness.state() == ManufacturerState.ALIVE || liveness.state() == ManufacturerState.UNLISTED) {
			return liveness;
		}
		Instant now = now();
		boolean beatSince = liveness.beatSinceStateBegan() && isHeard(liveness, now);
		boolean comesBack = (liveness.state() == ManufacturerState.LEFT) ? beatSince
				: (!liveness.beats() || beatSince || !feedHeard.getAsBoolean());
		return comesBack ? liveness.in(ManufacturerState.ALIVE, now) : liveness;
	}

	/**
	 * The periodic check: silence and the time since a manufacturer became suspect.
	 */
	Liveness check(Liveness liveness, boolean feedHeard) {
		Instant now = now();
		// The clock went back: count from now, or down-after and the silence limit would
		// stretch by the jump.
		if (liveness.since().isAfter(now)) {
			liveness = liveness.since(now);
		}
		if (liveness.beats() && liveness.lastHeartbeatAt().isAfter(now)) {
			liveness = liveness.heardAt(now);
		}
		return switch (liveness.state()) {
			case ALIVE -> (feedHeard && liveness.beats() && !isHeard(liveness, now))
					? liveness.in(ManufacturerState.SUSPECT, now) : liveness;
			case SUSPECT -> (Duration.between(liveness.since(), now).compareTo(this.downAfter) >= 0)
					? liveness.in(ManufacturerState.DOWN, now) : liveness;
			case UNKNOWN, DOWN, LEFT, UNLISTED -> liveness;
		};
	}

}
