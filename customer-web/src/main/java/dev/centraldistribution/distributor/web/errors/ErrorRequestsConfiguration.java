package dev.centraldistribution.distributor.web.errors;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Both filters run on requests only (not on the container's error forwards), right after
 * the forwarded headers are settled and before sessions or security read anything.
 */
@Configuration(proxyBeanMethods = false)
class ErrorRequestsConfiguration {

	@Bean
	FilterRegistrationBean<UndecodableParameters> undecodableParameters() {
		FilterRegistrationBean<UndecodableParameters> registration = new FilterRegistrationBean<>(
				new UndecodableParameters());
		registration.setName("undecodableParameters");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DirectErrorPageRequests> directErrorPageRequests() {
		FilterRegistrationBean<DirectErrorPageRequests> registration = new FilterRegistrationBean<>(
				new DirectErrorPageRequests());
		registration.setName("directErrorPageRequests");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
