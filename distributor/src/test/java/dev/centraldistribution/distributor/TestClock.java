package dev.centraldistribution.distributor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every test context: real time plus an offset that a test can move forward,
 * e.g. to let an acknowledgement deadline pass. A test that moves it puts it back
 * ({@link #reset()}) when it ends, since test contexts are shared.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	/** Back to real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock runs in UTC");
	}

}
