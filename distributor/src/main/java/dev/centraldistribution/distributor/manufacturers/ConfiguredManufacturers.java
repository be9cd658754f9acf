package dev.centraldistribution.distributor.manufacturers;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Registers the manufacturers of {@code distributor.manufacturers} once the context is
 * built, before any scheduled pull starts.
 */
@Component
@EnableConfigurationProperties(ManufacturersProperties.class)
class ConfiguredManufacturers implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(ConfiguredManufacturers.class);

	private final ManufacturersProperties properties;

	private final ManufacturerRegistry registry;

	ConfiguredManufacturers(ManufacturersProperties properties, ManufacturerRegistry registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Manufacturer> registered = this.registry.registerAll(this.properties.registrations());
		if (!registered.isEmpty()) {
			logger.info("Registered {} configured manufacturers: {}", registered.size(),
					registered.stream().map(Manufacturer::code).toList());
		}
	}

}
