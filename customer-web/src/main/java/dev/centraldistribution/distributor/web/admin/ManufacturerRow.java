package dev.centraldistribution.distributor.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import dev.centraldistribution.distributor.manufacturers.ManufacturerState;

/**
 * One manufacturer on the console's manufacturers page.
 *
 * @param code its code
 * @param name its name
 * @param state where the failure detector places it
 * @param stateSince since when
 * @param lastHeartbeatAt its last heartbeat, {@code null} when none
 * @param lastPulledAt its last successful pull, {@code null} when none
 * @param lastPullDuration how long its last pull took, successful or not
 * @param lastPullFailed whether its last pull failed
 * @param lastError why it failed, {@code null} when it did not
 * @param offerings offerings not retired
 * @param onSale those of them on sale
 * @param soldThisCycle units sold in the open sales cycle
 * @param unacknowledged sub-orders waiting for its answer
 * @param latency acknowledgement latency of its recent answers
 * @param pausedSince when the operator paused its sale, {@code null} when not paused
 */
record ManufacturerRow(String code, String name, ManufacturerState state, Instant stateSince, Instant lastHeartbeatAt,
		Instant lastPulledAt, Duration lastPullDuration, boolean lastPullFailed, String lastError, long offerings,
		long onSale, long soldThisCycle, long unacknowledged, AcknowledgementLatency latency, Instant pausedSince) {

	public boolean paused() {
		return this.pausedSince != null;
	}

	public String stateName() {
		return this.state.name().toLowerCase(Locale.ROOT);
	}

}
