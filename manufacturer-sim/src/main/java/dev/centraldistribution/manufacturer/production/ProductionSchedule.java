package dev.centraldistribution.manufacturer.production;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Schedules production ticks at the configured interval.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ProductionSchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ProductionSchedule.class);

	private final ProductionProperties properties;

	private final ProduceStock produceStock;

	ProductionSchedule(ProductionProperties properties, ProduceStock produceStock) {
		this.properties = properties;
		this.produceStock = produceStock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (!this.properties.enabled()) {
			log.info("Production is switched off (manufacturer.production.enabled=false)");
			return;
		}
		registrar.addFixedDelayTask(this::tick, this.properties.interval());
	}

	private void tick() {
		int grown = this.produceStock.tick();
		log.debug("Production tick: {} products grew", grown);
	}

}
