package dev.centraldistribution.distributor.web.security;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Forwarded headers are settled first, before sessions, security or logging read the
 * client's address or the request's host (Spring Boot's own handling,
 * {@code server.forward-headers-strategy}, stays off: it would trust any client).
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfiguration {

	@Bean
	FilterRegistrationBean<ForwardedHeadersFromTrustedProxies> forwardedHeadersFromTrustedProxies(
			TrustedProxies proxies) {
		FilterRegistrationBean<ForwardedHeadersFromTrustedProxies> registration = new FilterRegistrationBean<>(
				new ForwardedHeadersFromTrustedProxies(proxies));
		registration.setName("forwardedHeadersFromTrustedProxies");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

}
