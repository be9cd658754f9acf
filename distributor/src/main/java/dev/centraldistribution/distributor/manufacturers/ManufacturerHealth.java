package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * How a manufacturer is doing: the failure detector's state, and how its pulls went. For
 * the dashboard, the checkout and the operator.
 *
 * @param code the manufacturer's code
 * @param name its display name
 * @param location where it is, {@code null} when unknown
 * @param healthy whether its last pull succeeded; {@code false} before the first pull
 * @param staleSince the first failed pull since the last success, {@code null} when
 * healthy or never pulled
 * @param lastError why the last pull failed, short and free of control characters
 * @param lastSyncedAt the last successful pull, {@code null} when never
 * @param consecutiveFailures failed pulls since the last success
 * @param state where the failure detector places it: only {@link ManufacturerState#ALIVE}
 * is sold
 * @param stateSince when it entered that state
 * @param lastHeartbeatAt when its last heartbeat arrived, {@code null} when it never sent
 * one (it is then judged by its pulls alone)
 * @param lastPullDuration how long its last pull took, successful or not; {@code null}
 * when never pulled
 */
public record ManufacturerHealth(String code, String name, GeoLocation location, boolean healthy, Instant staleSince,
		String lastError, Instant lastSyncedAt, int consecutiveFailures, ManufacturerState state, Instant stateSince,
		Instant lastHeartbeatAt, Duration lastPullDuration) {

	/**
	 * Whether the offerings of this manufacturer may be outdated: a pull failed since the
	 * last success, or no pull succeeded yet.
	 * @return {@code true} when its offerings should be hidden or marked
	 */
	public boolean isStale() {
		return !this.healthy;
	}

	/**
	 * Whether its goods may be sold now.
	 * @return {@code true} when it is {@link ManufacturerState#ALIVE}
	 */
	public boolean isSellable() {
		return this.state.isSellable();
	}

}
