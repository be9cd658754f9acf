package dev.centraldistribution.distributor.web.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what, how customers and the operator sign in and out, and the headers every
 * page carries. Two filter chains:
 * <ul>
 * <li>{@code /actuator/**}: health is open (probes, load balancers); everything else, the
 * Prometheus metrics included, is the operator's, by HTTP Basic (for a scraper) or the
 * operator's signed-in session. Nothing here ever creates a session.</li>
 * <li>everything else: the dashboard ({@link #PUBLIC_PAGES}), signing up and in, static
 * resources and error pages are open; the console ({@code /admin}) is the operator's; the
 * rest of the shop is the customers'. Anonymous visitors of a private page are sent to
 * the sign-in page, of an address that is no page get 404 ({@link PagesThatExist});
 * signed-in visitors of the wrong kind get 403.</li>
 * </ul>
 * Both check passwords through the same throttled provider, and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

	/** No inline scripts or styles: the shop's pages only load what it serves itself. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * What anyone may see without an account: the shop's window (the dashboard, its
	 * search and pages, each product's page), signing up and in, and the error page
	 * (static resources, the favicon among them, are open too). The cart, checkout,
	 * orders and account are the customers', the console the operator's.
	 */
	static final String[] PUBLIC_PAGES = { "/", "/dashboard", "/products/*", "/login", "/signup", "/webjars/**",
			"/error" };

	/** The dashboard's stream of live updates (package web.dashboard). */
	static final String DASHBOARD_UPDATES = "/dashboard/updates";

	/** A customer's stream of order changes (package web.orders). */
	static final String ORDER_UPDATES = "/orders/updates";

	/** Spring Session's cookie. */
	static final String SESSION_COOKIE = "SESSION";

	static final String METRICS_REALM = "Central Distribution";

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, AccountDetailsService accounts,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, ObjectProvider<Clock> clock) {
		http.securityMatcher("/actuator/**");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.hasRole(AccountDetails.OPERATOR));
		http.authenticationManager(signIns(accounts, passwordEncoder, throttle, clock));
		http.httpBasic((basic) -> basic.realmName(METRICS_REALM));
		// Reads the session of an operator signed in through the browser; never writes
		// one.
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setAllowSessionCreation(false);
		http.securityContext((context) -> context.securityContextRepository(
				new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)));
		http.sessionManagement((management) -> management.sessionCreationPolicy(SessionCreationPolicy.NEVER));
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, ObjectProvider<Clock> clock, SecurityContextRepository contexts,
			SignInFollowUps followUps, PagesThatExist pages) {
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
					.permitAll()
					.requestMatchers(PUBLIC_PAGES)
					.permitAll()
					.requestMatchers(SignInLandingPage.CONSOLE, SignInLandingPage.CONSOLE + "/**")
					.hasRole(AccountDetails.OPERATOR)
					.anyRequest()
					.hasRole(AccountDetails.CUSTOMER));
		http.authenticationManager(signIns(accounts, passwordEncoder, throttle, clock));
		http.securityContext((context) -> context.securityContextRepository(contexts));
		// An EventSource cannot follow a redirect to a sign-in page; a plain 401 ends it.
		// (Spring Security never saves a text/event-stream request for after sign-in.)
		// An address that is no page at all is "not found", not a reason to sign in.
		RequestMatcher updates = new OrRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(DASHBOARD_UPDATES),
				PathPatternRequestMatcher.withDefaults().matcher(ORDER_UPDATES));
		AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		AuthenticationEntryPoint unauthorised = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
		AuthenticationEntryPoint notFound = (request, response, problem) -> response
			.sendError(HttpStatus.NOT_FOUND.value());
		// Only a page worth coming back to is remembered for after signing in: Spring
		// Security saves the request before the entry point answers, so an address that
		// is no page (a favicon, a typo) would otherwise be where signing in leads.
		HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
		savedPages.setRequestMatcher((request) -> HttpMethod.GET.matches(request.getMethod())
				&& request.getHeader("HX-Request") == null && !acceptsEventStream(request) && pages.matches(request));
		http.requestCache((cache) -> cache.requestCache(savedPages));
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, problem) -> {
			AuthenticationEntryPoint answer = updates.matches(request) ? unauthorised
					: pages.matches(request) ? signIn : notFound;
			answer.commence(request, response, problem);
		}));
		http.formLogin((login) -> login.loginPage("/login")
			.successHandler(new SignInLandingPage(followUps))
			.failureHandler(new SignInFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout")
			.invalidateHttpSession(true)
			.clearAuthentication(true)
			.deleteCookies(SESSION_COOKIE));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	/**
	 * Only the throttled provider: no parent manager that could check a password
	 * unthrottled.
	 */
	private static AuthenticationManager signIns(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, ObjectProvider<Clock> clock) {
		return new ProviderManager(new ThrottledAuthenticationProvider(accounts, passwordEncoder, throttle,
				clock.getIfAvailable(Clock::systemUTC)));
	}

	private static boolean acceptsEventStream(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE);
	}

	private static void headers(HttpSecurity http) {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.contentTypeOptions(Customizer.withDefaults()));
	}

}
