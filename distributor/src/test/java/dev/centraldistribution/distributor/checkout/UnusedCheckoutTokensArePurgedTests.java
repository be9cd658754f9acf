package dev.centraldistribution.distributor.checkout;

import java.time.Duration;

import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout forms shown and never submitted leave tokens behind; a scheduled purge forgets
 * those of every customer once they expired, and never a token that placed an order.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class UnusedCheckoutTokensArePurgedTests {

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	AddToCart addToCart;

	@Autowired
	CheckoutTokens tokens;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	CheckoutProperties properties;

	@Autowired
	@Qualifier("scheduledCheckoutTokenPurge")
	ClusterSchedule purge;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	OfferingId drill;

	@BeforeEach
	void shop() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		this.drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 50);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void forgetsEveryCustomersExpiredUnusedTokensOnly() {
		CustomerId ada = customerWithCart("Ada");
		CustomerId grace = customerWithCart("Grace");
		CheckoutToken adaAbandoned = this.startCheckout.start(ada).token();
		CheckoutToken graceAbandoned = this.startCheckout.start(grace).token();
		CheckoutToken gracePlaced = this.startCheckout.start(grace).token();
		assertThat(this.placeOrder.place(grace, gracePlaced)).isInstanceOf(CheckoutOutcome.Placed.class);
		this.clock.advance(Duration.ofHours(25));
		this.addToCart.add(ada, this.drill, 1);
		CheckoutToken adaFresh = this.startCheckout.start(ada).token();

		int forgotten = this.tokens
			.forgetUnusedIssuedBefore(this.clock.instant().minus(this.properties.tokenTimeToLive()));

		assertThat(forgotten).isGreaterThanOrEqualTo(2);
		assertThat(this.tokens.find(adaAbandoned)).isEmpty();
		assertThat(this.tokens.find(graceAbandoned)).isEmpty();
		assertThat(this.tokens.find(gracePlaced)).hasValueSatisfying((token) -> assertThat(token.placed()).isTrue());
		assertThat(this.tokens.find(adaFresh)).isPresent();
	}

	@Test
	void showingACheckoutFormNoLongerForgetsAnything() {
		CustomerId ada = customerWithCart("Ada");
		CheckoutToken abandoned = this.startCheckout.start(ada).token();
		this.clock.advance(Duration.ofHours(25));

		this.startCheckout.start(ada);

		assertThat(this.tokens.find(abandoned)).isPresent();
	}

	@Test
	void isScheduledOnOneInstanceAtATime() {
		assertThat(this.purge.job().lockName()).isEqualTo("checkout-token-purge");
		assertThat(this.purge.job().interval()).isEqualTo(this.properties.tokenPurgeInterval());
		assertThat(this.purge.job().lockAtLeastFor()).isLessThan(this.purge.job().interval());
	}

	private CustomerId customerWithCart(String name) {
		CustomerId customer = new CustomerFixtures(this.jdbc).customer(name).id();
		this.payments.giveCard(customer);
		this.addToCart.add(customer, this.drill, 1);
		return customer;
	}

}
