package dev.centraldistribution.manufacturer.faults;

import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the fault filter in front of the offerings endpoint, enabled only when a fault is
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class FaultInjectionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(FaultInjectionConfiguration.class);

	@Bean
	FilterRegistrationBean<OfferingsFaultFilter> offeringsFaultFilter(FaultProperties faults, JsonMapper jsonMapper) {
		var filter = new OfferingsFaultFilter(faults, new BadDataWriter(jsonMapper, faults.hugePayloadSize()),
				() -> ThreadLocalRandom.current().nextDouble());
		var registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(OfferingsSnapshot.PATH);
		registration.setEnabled(faults.injectsAnyFault());
		if (faults.injectsAnyFault()) {
			log.warn("Injecting faults into {}: {}", OfferingsSnapshot.PATH, faults);
		}
		return registration;
	}

}
