package dev.centraldistribution.distributor.web.platform.sessions;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The session repository Spring Boot configures for JDBC, wrapped so that a request reads
 * its session once ({@link ReadOncePerRequestSessions}) and writes it only when something
 * changed ({@link SeldomTouchedSessions}). Wrapped rather than replaced: a session
 * repository bean of our own would make Spring Boot skip its whole JDBC session setup
 * (table, timeout, clean-up, customizers, the filter itself). Attributes are stored in a
 * compact form where it can hold them ({@link CompactSessionAttributes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionStoreProperties.class)
class SessionStoreConfiguration {

	@Bean
	static BeanPostProcessor sessionStoreWrapper(ObjectProvider<SessionStoreProperties> properties) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository jdbc) {
					return wrap(jdbc, properties.getObject());
				}
				return bean;
			}

		};
	}

	/**
	 * How Spring Session's JDBC repository turns attributes into bytes and back (it looks
	 * for a conversion service of this name): the security context and the CSRF token in
	 * a compact form, anything else by Java serialisation
	 * ({@link CompactSessionAttributes}).
	 */
	@Bean(name = "springSessionConversionService")
	static ConversionService springSessionConversionService(ApplicationContext context) {
		CompactSessionAttributes attributes = new CompactSessionAttributes(context.getClassLoader());
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, attributes::encode);
		conversions.addConverter(byte[].class, Object.class, attributes::decode);
		return conversions;
	}

	@Bean
	FilterRegistrationBean<Filter> readOncePerRequestSessionsFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(ReadOncePerRequestSessions.filter());
		registration.setName("readOncePerRequestSessions");
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	static FindByIndexNameSessionRepository<?> wrap(JdbcIndexedSessionRepository jdbc,
			SessionStoreProperties properties) {
		FindByIndexNameSessionRepository<Session> stored = (FindByIndexNameSessionRepository) jdbc;
		return new ReadOncePerRequestSessions<>(new SeldomTouchedSessions(stored, properties.touchInterval()));
	}

}
