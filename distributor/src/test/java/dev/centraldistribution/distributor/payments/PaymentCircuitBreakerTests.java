package dev.centraldistribution.distributor.payments;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.PaymentCircuitBreaker.State;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PaymentCircuitBreakerTests {

	final FlakyGateway gateway = new FlakyGateway();

	final TestClock clock = new TestClock();

	final MeterRegistry meters = new SimpleMeterRegistry();

	final PaymentCircuitBreaker breaker = new PaymentCircuitBreaker(this.gateway,
			new PaymentCircuitBreakerProperties(3, Duration.ofSeconds(30), 2, Duration.ofSeconds(5)), this.meters,
			this.clock);

	@Test
	void opensAfterTheConfiguredFailuresAndThenFailsFastWithoutAskingTheGateway() {
		this.gateway.failing = true;
		for (int i = 0; i < 2; i++) {
			assertThatIllegalStateException().isThrownBy(this::authorize);
		}
		assertThat(this.breaker.state()).isEqualTo(State.CLOSED);
		assertThatIllegalStateException().isThrownBy(this::authorize);
		assertThat(this.breaker.state()).isEqualTo(State.OPEN);
		assertThat(stateGauge()).isEqualTo(2);
		int callsWhenOpened = this.gateway.calls.get();

		assertThatExceptionOfType(PaymentUnavailableException.class).isThrownBy(this::authorize);
		assertThatExceptionOfType(PaymentUnavailableException.class).isThrownBy(this::authorize);

		assertThat(this.gateway.calls.get()).as("not asked while open").isEqualTo(callsWhenOpened);
		assertThat(this.meters.counter(PaymentCircuitBreaker.NOT_PERMITTED).count()).isEqualTo(2);
	}

	@Test
	void halfOpensAfterTheCoolDownAndClosesWhenTheProbesSucceed() {
		open();
		this.gateway.failing = false;
		this.clock.advance(Duration.ofSeconds(29));
		assertThatExceptionOfType(PaymentUnavailableException.class).isThrownBy(this::authorize);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(authorize().approved()).isTrue();
		assertThat(this.breaker.state()).isEqualTo(State.HALF_OPEN);
		assertThat(stateGauge()).isEqualTo(1);
		assertThat(authorize().approved()).isTrue();

		assertThat(this.breaker.state()).isEqualTo(State.CLOSED);
		assertThat(stateGauge()).isZero();
	}

	@Test
	void aFailedProbeOpensItAgain() {
		open();
		this.clock.advance(Duration.ofSeconds(30));

		assertThatIllegalStateException().isThrownBy(this::authorize);
		assertThatIllegalStateException().isThrownBy(this::authorize);

		assertThat(this.breaker.state()).isEqualTo(State.OPEN);
		assertThatExceptionOfType(PaymentUnavailableException.class).isThrownBy(this::authorize);
	}

	@Test
	void declinesAndInvalidRequestsAreAnswersNotFailures() {
		this.gateway.declining = true;
		for (int i = 0; i < 5; i++) {
			assertThat(authorize().approved()).isFalse();
		}
		this.gateway.declining = false;
		this.gateway.invalid = true;
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(this::authorize);
		}

		assertThat(this.breaker.state()).isEqualTo(State.CLOSED);
	}

	private void open() {
		this.gateway.failing = true;
		for (int i = 0; i < 3; i++) {
			assertThatIllegalStateException().isThrownBy(this::authorize);
		}
		assertThat(this.breaker.state()).isEqualTo(State.OPEN);
	}

	private PaymentAuthorization authorize() {
		return this.breaker
			.authorize(new ChargeRequest("key-" + this.gateway.calls.get(), new CustomerId(1), 100, "EUR"));
	}

	private double stateGauge() {
		return this.meters.get(PaymentCircuitBreaker.STATE).gauge().value();
	}

	/** A gateway that fails, declines or refuses on demand, and counts its calls. */
	static final class FlakyGateway implements PaymentGateway {

		final AtomicInteger calls = new AtomicInteger();

		volatile boolean failing;

		volatile boolean declining;

		volatile boolean invalid;

		@Override
		public Optional<MaskedCard> cardOnFile(CustomerId customer) {
			return Optional.empty();
		}

		@Override
		public PaymentAuthorization authorize(ChargeRequest request) {
			this.calls.incrementAndGet();
			if (this.failing) {
				throw new IllegalStateException("gateway down");
			}
			if (this.invalid) {
				throw new IllegalArgumentException("invalid request");
			}
			return this.declining ? PaymentAuthorization.declined("Card declined")
					: PaymentAuthorization.approved("auth-" + request.idempotencyKey());
		}

		@Override
		public void refund(String authorizationReference, long amountCents, String idempotencyKey) {
		}

		@Override
		public void release(String authorizationReference) {
		}

	}

}
