package dev.centraldistribution.manufacturer.presence;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import dev.centraldistribution.contracts.ManufacturerBye;
import dev.centraldistribution.contracts.ManufacturerHeartbeat;
import dev.centraldistribution.contracts.ManufacturerHello;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.production.ProductionProperties;

/**
 * This process's presence messages: one instance id for its whole life, and every message
 * numbered after the one before, so that the distributor tells a late or replayed message
 * from a new one.
 */
final class Announcements {

	private static final Duration DAY = Duration.ofDays(1);

	private final ManufacturerProperties manufacturer;

	private final ProductRangeRepository range;

	private final ProductionProperties production;

	private final PresenceProperties presence;

	private final Clock clock;

	private final String instanceId = UUID.randomUUID().toString();

	private final AtomicLong sequence = new AtomicLong();

	Announcements(ManufacturerProperties manufacturer, ProductRangeRepository range, ProductionProperties production,
			PresenceProperties presence, Clock clock) {
		this.manufacturer = manufacturer;
		this.range = range;
		this.production = production;
		this.presence = presence;
		this.clock = clock;
	}

	ManufacturerHello hello(URI baseUrl) {
		long dailyCapacity = this.range.unitsPerTick() * (DAY.toMillis() / this.production.interval().toMillis());
		return new ManufacturerHello(UUID.randomUUID().toString(), ManufacturerHello.SCHEMA_VERSION,
				this.clock.instant(), this.manufacturer.code(), this.instanceId, this.sequence.incrementAndGet(),
				this.manufacturer.name(), this.manufacturer.geoLocation(), baseUrl.toString(),
				ManufacturerHello.CONTRACT_VERSION, this.manufacturer.api().adapterKind(), this.range.categories(),
				dailyCapacity, this.presence.heartbeatInterval().toMillis());
	}

	ManufacturerHeartbeat heartbeat() {
		return new ManufacturerHeartbeat(UUID.randomUUID().toString(), ManufacturerHeartbeat.SCHEMA_VERSION,
				this.clock.instant(), this.manufacturer.code(), this.instanceId, this.sequence.incrementAndGet());
	}

	ManufacturerBye bye() {
		return new ManufacturerBye(UUID.randomUUID().toString(), ManufacturerBye.SCHEMA_VERSION, this.clock.instant(),
				this.manufacturer.code(), this.instanceId, this.sequence.incrementAndGet());
	}

}
