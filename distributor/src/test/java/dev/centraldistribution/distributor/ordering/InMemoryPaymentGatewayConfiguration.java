package dev.centraldistribution.distributor.ordering;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every test context a payment gateway until the simulated one arrives. A plain
 * {@code @Configuration} rather than a {@code @TestConfiguration}, so that component
 * scanning picks it up in this module's and customer-web's test contexts alike, and they
 * keep sharing one cached context.
 */
@Configuration(proxyBeanMethods = false)
public class InMemoryPaymentGatewayConfiguration {

	@Bean
	InMemoryPaymentGateway inMemoryPaymentGateway() {
		return new InMemoryPaymentGateway();
	}

}
