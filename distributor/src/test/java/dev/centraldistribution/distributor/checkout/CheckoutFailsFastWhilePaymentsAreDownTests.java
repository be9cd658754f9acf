package dev.centraldistribution.distributor.checkout;

import java.util.concurrent.atomic.AtomicInteger;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.payments.PaymentCircuitBreaker;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Its own context, closed afterwards: the circuit breaker it opens is one per instance.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest(properties = "distributor.payments.circuit-breaker.failures=2")
@DirtiesContext
class CheckoutFailsFastWhilePaymentsAreDownTests {

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	PaymentCircuitBreaker breaker;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterRepeatedGatewayFailuresCheckoutsAreRefusedAtOnceWithoutAskingTheGateway() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		OfferingId drill = offerings.offering(offerings.manufacturer("acme", "Acme Tools"), offerings.sku("drill"),
				"Drill", 12_000, 5);
		CustomerId ada = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(ada);
		this.addToCart.add(ada, drill, 1);
		AtomicInteger gatewayCalls = new AtomicInteger();

		for (int i = 0; i < 2; i++) {
			failNextAuthorization(ada, gatewayCalls);
			assertThat(checkOut(ada)).isEqualTo(CheckoutRefusal.PAYMENT_UNAVAILABLE);
		}
		assertThat(this.breaker.state()).isEqualTo(PaymentCircuitBreaker.State.OPEN);
		failNextAuthorization(ada, gatewayCalls);

		assertThat(checkOut(ada)).isEqualTo(CheckoutRefusal.PAYMENT_PAUSED);
		assertThat(gatewayCalls).as("the gateway was not asked").hasValue(2);
	}

	private void failNextAuthorization(CustomerId customer, AtomicInteger calls) {
		this.payments.whileAuthorizing(customer, () -> {
			calls.incrementAndGet();
			throw new IllegalStateException("gateway down");
		});
	}

	private CheckoutRefusal checkOut(CustomerId customer) {
		CheckoutOutcome outcome = this.placeOrder.place(customer, this.startCheckout.start(customer).token());
		assertThat(outcome).isInstanceOf(CheckoutOutcome.Refused.class);
		return ((CheckoutOutcome.Refused) outcome).reason();
	}

}
