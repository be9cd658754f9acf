package dev.centraldistribution.distributor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Gives every test context the {@link TestClock}: found by the component scan of the
 * applications under test, since test classes share their packages.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
