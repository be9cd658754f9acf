package dev.centraldistribution.distributor.manufacturers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * At most so many hellos per manufacturer code and minute on this instance: a
 * manufacturer says hello when it starts, every minute or so and after a reconnection;
 * more is a loop or a flood, and each hello costs a registration.
 * <p>
 * Windows are kept in memory per instance; with competing consumers a cluster accepts at
 * most the limit times the number of instances, which still bounds a flood.
 */
final class HelloRateLimit {

	private static final Duration WINDOW = Duration.ofMinutes(1);

	/** Codes remembered before expired windows are swept. */
	private static final int SWEEP_ABOVE = 10_000;

	private final Clock clock;

	private final int perMinute;

	private final Map<String, Window> windows = new HashMap<>();

	HelloRateLimit(Clock clock, int perMinute) {
		this.clock = clock;
		this.perMinute = perMinute;
	}

	/**
	 * Counts one hello.
	 * @param code the manufacturer's code
	 * @return whether it is within the limit
	 */
	synchronized boolean tryAcquire(String code) {
		Instant now = this.clock.instant();
		if (this.windows.size() > SWEEP_ABOVE) {
			this.windows.values().removeIf((window) -> window.isOver(now));
		}
		Window window = this.windows.get(code);
		if (window == null || window.isOver(now)) {
			window = new Window(now);
			this.windows.put(code, window);
		}
		return ++window.count <= this.perMinute;
	}

	private static final class Window {

		private final Instant start;

		private int count;

		Window(Instant start) {
			this.start = start;
		}

		boolean isOver(Instant now) {
			// A clock that went back ends the window too, rather than stretching it.
			return !now.isBefore(this.start.plus(WINDOW)) || now.isBefore(this.start);
		}

	}

}
