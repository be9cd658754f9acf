package dev.centraldistribution.manufacturer.shipping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks for parcels due every {@code manufacturer.shipping.check-interval}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ShippingSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ShippingSchedule.class);

	private final ShippingProperties properties;

	private final ShipParcels parcels;

	ShippingSchedule(ShippingProperties properties, ShipParcels parcels) {
		this.properties = properties;
		this.parcels = parcels;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.properties.enabled()) {
			log.info("Shipping is switched off (manufacturer.shipping.enabled=false)");
			return;
		}
		registrar.addFixedDelayTask(this::round, this.properties.checkInterval());
	}

	private void round() {
		int shipped = this.parcels.shipDue();
		int delivered = this.parcels.deliverDue();
		if (shipped + delivered > 0) {
			log.info("Shipped {} parcels, delivered {}", shipped, delivered);
		}
	}

}
