package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * How the pulls of one manufacturer went, for the admin page and the dashboard.
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
 */
public record ManufacturerHealth(String code, String name, GeoLocation location, boolean healthy, Instant staleSince,
		String lastError, Instant lastSyncedAt, int consecutiveFailures) {

	/**
	 * Whether the offerings of this manufacturer may be outdated: a pull failed since the
	 * last success, or no pull succeeded yet.
	 * @return {@code true} when its offerings should be hidden or marked
	 */
	public boolean isStale() {
		return !this.healthy;
	}

}
