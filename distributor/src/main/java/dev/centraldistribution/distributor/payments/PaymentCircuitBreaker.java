package dev.centraldistribution.distributor.payments;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Authorises charges through the payment gateway behind a circuit breaker (Resilience4j,
 * one per instance). When the last {@code failures} authorisations all failed or were
 * slow, it opens: for {@code open-for} every authorisation fails at once with
 * {@link PaymentUnavailableException}, without asking the gateway, so that customers hear
 * at once instead of each waiting for a failure. Then it half-opens: {@code probes}
 * authorisations go through, and it closes when they all succeed, or opens again. A
 * decline is an answer, not a failure; neither is a request the gateway finds invalid.
 * Its state is the gauge {@code distributor.payments.circuit-breaker.state} (0 closed, 1
 * half-open, 2 open); calls refused while open are counted in
 * {@code distributor.payments.circuit-breaker.not-permitted}.
 */
@Component
@EnableConfigurationProperties(PaymentCircuitBreakerProperties.class)
public class PaymentCircuitBreaker {

	static final String STATE = "distributor.payments.circuit-breaker.state";

	static final String NOT_PERMITTED = "distributor.payments.circuit-breaker.not-permitted";

	private static final Logger logger = LoggerFactory.getLogger(PaymentCircuitBreaker.class);

	private final PaymentGateway gateway;

	private final CircuitBreaker breaker;

	private final MeterRegistry registry;

	PaymentCircuitBreaker(PaymentGateway gateway, PaymentCircuitBreakerProperties properties, MeterRegistry registry,
			Clock clock) {
		this.gateway = gateway;
		this.registry = registry;
		this.breaker = CircuitBreaker.of("payment-gateway",
				CircuitBreakerConfig.custom()
					.slidingWindow(properties.failures(), properties.failures(), SlidingWindowType.COUNT_BASED)
					.failureRateThreshold(100)
					.slowCallRateThreshold(100)
					.slowCallDurationThreshold(properties.slowCall())
					.waitDurationInOpenState(properties.openFor())
					.permittedNumberOfCallsInHalfOpenState(properties.probes())
					.automaticTransitionFromOpenToHalfOpenEnabled(false)
					.ignoreExceptions(IllegalArgumentException.class)
					.clock(clock)
					.build());
		this.breaker.getEventPublisher()
			.onStateTransition(
					(event) -> logger.warn("Payment gateway circuit breaker: {}", event.getStateTransition()));
		Gauge.builder(STATE, this, (circuit) -> circuit.state().ordinal())
			.description("The payment gateway's circuit breaker: 0 closed, 1 half-open, 2 open")
			.register(registry);
		registry.counter(NOT_PERMITTED);
	}

	/**
	 * Authorises a charge, unless the breaker is open.
	 * @param request who pays how much
	 * @return the gateway's answer
	 * @throws PaymentUnavailableException while the breaker is open
	 */
	public PaymentAuthorization authorize(ChargeRequest request) {
		try {
			return this.breaker.executeSupplier(() -> this.gateway.authorize(request));
		}
		catch (CallNotPermittedException ex) {
			this.registry.counter(NOT_PERMITTED).increment();
			throw new PaymentUnavailableException("The payment gateway failed repeatedly; not asked for a while", ex);
		}
	}

	/**
	 * Where the breaker stands.
	 * @return closed, half-open or open
	 */
	public State state() {
		return switch (this.breaker.getState()) {
			case CLOSED, DISABLED, METRICS_ONLY -> State.CLOSED;
			case HALF_OPEN -> State.HALF_OPEN;
			case OPEN, FORCED_OPEN -> State.OPEN;
		};
	}

	/** Where a circuit breaker stands, in the order of the state gauge's values. */
	public enum State {

		/** Every call goes to the gateway. */
		CLOSED,

		/** A few probing calls go to the gateway. */
		HALF_OPEN,

		/** No call goes to the gateway. */
		OPEN

	}

}
