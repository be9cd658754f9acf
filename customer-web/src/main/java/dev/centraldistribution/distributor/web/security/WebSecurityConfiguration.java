package dev.centraldistribution.distributor.web.security;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what, how customers sign in and out, and the headers every page carries.
 * Everything but signing up, signing in, static resources, error pages and the health and
 * metrics endpoints needs a signed-in customer.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** No inline scripts or styles: the shop's pages only load what it serves itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** The dashboard's stream of live updates (package web.dashboard). */
	static final String DASHBOARD_UPDATES = "/dashboard/updates";

	/** Spring Session's cookie. */
	static final String SESSION_COOKIE = "SESSION";

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, CustomerUserDetailsService customers,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SecurityContextRepository contexts) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers("/", "/login", "/signup", "/webjars/**", "/error", "/actuator/health/**",
							"/actuator/prometheus")
					.permitAll()
					.requestMatchers("/actuator/**")
					.denyAll()
					.anyRequest()
					.authenticated());
		// Only this provider: no parent manager that could check a password unthrottled.
		http.authenticationManager(
				new ProviderManager(new CustomerAuthenticationProvider(customers, passwordEncoder, throttle)));
		http.securityContext((context) -> context.securityContextRepository(contexts));
		// An EventSource cannot follow a redirect to a sign-in page; a plain 401 ends it.
		// (Spring Security never saves a text/event-stream request for after sign-in.)
		RequestMatcher updates = PathPatternRequestMatcher.withDefaults().matcher(DASHBOARD_UPDATES);
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint unauthorised = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response,
				problem) -> (updates.matches(request) ? unauthorised : signIn).commence(request, response, problem)));
		http.formLogin((login) -> login.loginPage("/login")
			.defaultSuccessUrl("/dashboard")
			.failureHandler(new SignInFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
			.invalidateHttpSession(true)
			.clearAuthentication(true)
			.deleteCookies(SESSION_COOKIE));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.contentTypeOptions(Customizer.withDefaults()));
		return http.build();
	}

}
