package dev.centraldistribution.distributor.manufacturers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Registers the manufacturers of {@code distributor.manufacturers} once the context is
 * built, before any scheduled pull starts, and unlists those no longer configured
 * ({@link UnlistedManufacturers}) unless {@code distributor.presence.unlist-unconfigured}
 * is off.
 */
@Component
@EnableConfigurationProperties({ ManufacturersProperties.class, PresenceProperties.class })
class ConfiguredManufacturers implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ConfiguredManufacturers.class);

	private final ManufacturersProperties properties;

	private final ManufacturerRegistry registry;

	private final UnlistedManufacturers unlisted;

	private final boolean unlistUnconfigured;

	ConfiguredManufacturers(ManufacturersProperties properties, ManufacturerRegistry registry,
			UnlistedManufacturers unlisted, PresenceProperties presence) {
		this.properties = properties;
		this.registry = registry;
		this.unlisted = unlisted;
		this.unlistUnconfigured = presence.unlistUnconfigured();
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Manufacturer> registered = this.registry.registerAll(this.properties.registrations());
		if (!registered.isEmpty()) {
			logger.info("Registered {} configured manufacturers: {}", registered.size(),
					registered.stream().map(Manufacturer::code).toList());
		}
		if (this.unlistUnconfigured) {
			this.unlisted.follow(registered.stream().map(Manufacturer::code).toList());
		}
	}

}
