package dev.centraldistribution.distributor;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the features read the time from, so that tests can move time instead of
 * rewriting timestamps in the database. Schedulers still wait in real time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
