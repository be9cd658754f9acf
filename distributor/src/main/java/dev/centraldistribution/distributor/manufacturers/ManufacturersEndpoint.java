package dev.centraldistribution.distributor.manufacturers;

import java.time.Instant;
import java.util.List;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/manufacturers}: each manufacturer's state and how its pulls went, for
 * the operator (exposed in distributor.yaml; the web layer keeps it from customers).
 */
@Component
@Endpoint(id = "manufacturers")
class ManufacturersEndpoint {

	private final ManufacturerDirectory directory;

	ManufacturersEndpoint(ManufacturerDirectory directory) {
		this.directory = directory;
	}

	@ReadOperation
	public Manufacturers manufacturers() {
		return new Manufacturers(this.directory.health().stream().map(Entry::of).toList());
	}

	/**
	 * @param manufacturers by name, then code
	 */
	record Manufacturers(List<Entry> manufacturers) {
	}

	/**
	 * One manufacturer.
	 *
	 * @param code its code
	 * @param name its display name
	 * @param state {@code UNKNOWN}, {@code ALIVE}, {@code SUSPECT}, {@code DOWN} or
	 * {@code LEFT}
	 * @param since when it entered that state
	 * @param lastHeartbeat when its last heartbeat arrived, {@code null} when never
	 * @param lastSuccessfulPull {@code null} when never
	 * @param lastPullMillis how long its last pull took, {@code null} when never pulled
	 * @param lastError why its last pull failed, {@code null} when it succeeded
	 */
	record Entry(String code, String name, ManufacturerState state, Instant since, Instant lastHeartbeat,
			Instant lastSuccessfulPull, Long lastPullMillis, String lastError) {

		static Entry of(ManufacturerHealth health) {
			return new Entry(health.code(), health.name(), health.state(), health.stateSince(),
					health.lastHeartbeatAt(), health.lastSyncedAt(),
					(health.lastPullDuration() != null) ? health.lastPullDuration().toMillis() : null,
					health.lastError());
		}

	}

}
