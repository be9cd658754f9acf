package dev.centraldistribution.distributor.payments;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the simulated payment gateway with {@link InMemoryPaymentGateway} in the tests
 * that {@code @Import} it: they need to decline on demand or to act while a charge is
 * being authorised. Every other test uses the real simulated gateway.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryPaymentGatewayConfiguration {

	@Bean
	@Primary
	InMemoryPaymentGateway inMemoryPaymentGateway() {
		return new InMemoryPaymentGateway();
	}

}
