package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;

/**
 * What the failure detector knows of one manufacturer.
 *
 * @param state where it is
 * @param since when it got there
 * @param lastHeartbeatAt when its last heartbeat arrived, by this side's clock;
 * {@code null} when it never sent one: it is then judged by its pulls alone
 * @param heartbeatInterval how often it said it beats, {@code null} when unknown
 */
record Liveness(ManufacturerState state, Instant since, Instant lastHeartbeatAt, Duration heartbeatInterval) {

	/** Assumed for a manufacturer that beats without having said how often. */
	static final Duration DEFAULT_HEARTBEAT_INTERVAL = Duration.ofSeconds(2);

	Liveness in(ManufacturerState newState, Instant at) {
		return new Liveness(newState, at, this.lastHeartbeatAt, this.heartbeatInterval);
	}

	Liveness heardAt(Instant at) {
		return new Liveness(this.state, this.since, at, this.heartbeatInterval);
	}

	Liveness since(Instant at) {
		return new Liveness(this.state, at, this.lastHeartbeatAt, this.heartbeatInterval);
	}

	boolean beats() {
		return this.lastHeartbeatAt != null;
	}

	Duration interval() {
		return (this.heartbeatInterval != null) ? this.heartbeatInterval : DEFAULT_HEARTBEAT_INTERVAL;
	}

	/** Whether it beat since it entered its current state. */
	boolean beatSinceStateBegan() {
		return beats() && !this.lastHeartbeatAt.isBefore(this.since);
	}

}
