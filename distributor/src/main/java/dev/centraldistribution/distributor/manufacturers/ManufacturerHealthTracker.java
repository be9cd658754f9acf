package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;

/**
 * Records the outcome of each pull: a failure makes the manufacturer unhealthy and stale
 * since its first failure; a success makes it healthy again. Both feed the failure
 * detector ({@link ManufacturerState}).
 */
@Service
public class ManufacturerHealthTracker {

	private final ManufacturerLiveness liveness;

	ManufacturerHealthTracker(ManufacturerLiveness liveness) {
		this.liveness = liveness;
	}

	/**
	 * The pull of a manufacturer succeeded: healthy, not stale, no error, no failures.
	 * @param code the manufacturer's code
	 * @param at when the pull finished
	 */
	public void pullSucceeded(String code, Instant at) {
		pullSucceeded(code, at, null);
	}

	/**
	 * The pull of a manufacturer succeeded: healthy, not stale, no error, no failures.
	 * @param code the manufacturer's code
	 * @param at when the pull finished
	 * @param duration how long it took, {@code null} when not measured
	 */
	public void pullSucceeded(String code, Instant at, Duration duration) {
		this.liveness.pullSucceeded(code, at, duration);
	}

	/**
	 * A manufacturer answered with a snapshot that passed its checks, which the caller is
	 * about to apply: proof of life, judged as a successful pull is, before the writes. A
	 * manufacturer that comes alive by it is sellable before its new offerings are
	 * inserted, so that they are inserted on sale rather than inserted and then written
	 * again to put them on sale (docs/benchmarks.md, issue #19). Its health is recorded
	 * once the snapshot is applied ({@link #pullSucceeded(String, Instant, Duration)}) or
	 * the pull failed on our side
	 * ({@link #pullFailed(String, Instant, String, Duration)}).
	 * @param code the manufacturer's code
	 */
	public void snapshotReceived(String code) {
		this.liveness.snapshotReceived(code);
	}

	/**
	 * The pull of a manufacturer failed: unhealthy, stale since the first failure after
	 * the last success, one more consecutive failure.
	 * @param code the manufacturer's code
	 * @param at when the pull failed
	 * @param error why; shortened and stripped of control characters before it is stored
	 */
	public void pullFailed(String code, Instant at, String error) {
		pullFailed(code, at, error, null);
	}

	/**
	 * The pull of a manufacturer failed: unhealthy, stale since the first failure after
	 * the last success, one more consecutive failure.
	 * @param code the manufacturer's code
	 * @param at when the pull failed
	 * @param error why; shortened and stripped of control characters before it is stored
	 * @param duration how long it took until it failed, {@code null} when not measured
	 */
	public void pullFailed(String code, Instant at, String error, Duration duration) {
		this.liveness.pullFailed(code, at, error, duration);
	}

}
