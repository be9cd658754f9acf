package dev.centraldistribution.distributor.manufacturers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.ManufacturerHello;

/**
 * A hello with one thing changed, for tests of what the distributor refuses.
 */
final class Hello {

	private final ManufacturerHello hello;

	private int schemaVersion;

	private Instant sentAt;

	private String instanceId;

	private String name;

	private GeoLocation location;

	private int contractVersion;

	private String adapterKind;

	private List<String> categories;

	private long heartbeatIntervalMillis;

	Hello(ManufacturerHello hello) {
		this.hello = hello;
		this.schemaVersion = hello.schemaVersion();
		this.sentAt = hello.sentAt();
		this.instanceId = hello.instanceId();
		this.name = hello.name();
		this.location = hello.location();
		this.contractVersion = hello.contractVersion();
		this.adapterKind = hello.adapterKind();
		this.categories = hello.categories();
		this.heartbeatIntervalMillis = hello.heartbeatIntervalMillis();
	}

	Hello schemaVersion(int version) {
		this.schemaVersion = version;
		return this;
	}

	Hello sentAgo(Duration ago) {
		this.sentAt = this.hello.sentAt().minus(ago);
		return this;
	}

	Hello instanceId(String id) {
		this.instanceId = id;
		return this;
	}

	Hello name(String newName) {
		this.name = newName;
		return this;
	}

	Hello location(GeoLocation newLocation) {
		this.location = newLocation;
		return this;
	}

	Hello contractVersion(int version) {
		this.contractVersion = version;
		return this;
	}

	Hello adapterKind(String kind) {
		this.adapterKind = kind;
		return this;
	}

	Hello categories(List<String> newCategories) {
		this.categories = newCategories;
		return this;
	}

	Hello heartbeatIntervalMillis(long millis) {
		this.heartbeatIntervalMillis = millis;
		return this;
	}

	ManufacturerHello build() {
		return new ManufacturerHello(this.hello.messageId(), this.schemaVersion, this.sentAt,
				this.hello.manufacturerCode(), this.instanceId, this.hello.sequence(), this.name, this.location,
				this.hello.baseUrl(), this.contractVersion, this.adapterKind, this.categories,
				this.hello.dailyCapacity(), this.heartbeatIntervalMillis);
	}

}
