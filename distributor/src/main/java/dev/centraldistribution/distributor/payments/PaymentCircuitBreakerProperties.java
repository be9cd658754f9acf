package dev.centraldistribution.distributor.payments;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The circuit breaker in front of the payment gateway's authorisations
 * ({@code distributor.payments.circuit-breaker.*}).
 *
 * @param failures failed or slow authorisations, out of the last as many, that open it
 * @param openFor how long it stays open, failing every checkout at once, before probing
 * @param probes authorisations let through while half-open; all must succeed to close it
 * @param slowCall an authorisation slower than this counts as failed
 */
@Validated
@ConfigurationProperties("distributor.payments.circuit-breaker")
public record PaymentCircuitBreakerProperties(@Min(1) @Max(1000) @DefaultValue("5") int failures,
		@NotNull @DefaultValue("30s") Duration openFor, @Min(1) @Max(100) @DefaultValue("2") int probes,
		@NotNull @DefaultValue("5s") Duration slowCall) {

	@AssertTrue(message = "open-for and slow-call must be positive")
	public boolean isEveryDurationPositive() {
		return this.openFor != null && !this.openFor.isNegative() && !this.openFor.isZero() && this.slowCall != null
				&& !this.slowCall.isNegative() && !this.slowCall.isZero();
	}

}
