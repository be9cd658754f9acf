package dev.centraldistribution.distributor.web.security;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what. The dashboard is public until customer accounts exist.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/webjars/**", "/", "/dashboard", "/error", "/actuator/health/**", "/actuator/prometheus")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((login) -> login.permitAll());
		return http.build();
	}

}
