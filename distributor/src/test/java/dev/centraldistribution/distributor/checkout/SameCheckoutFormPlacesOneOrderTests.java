package dev.centraldistribution.distributor.checkout;

import java.util.Collections;
import java.util.List;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 5 under load: double clicks, refreshes and retries of one checkout form, all
 * at once.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class SameCheckoutFormPlacesOneOrderTests {

	static final int SUBMISSIONS = 10;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void placesExactlyOneOrderAndOneAuthorisationWhenTheSameTokenArrivesConcurrently() throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acme = offerings.manufacturer("acme", "Acme Tools");
		OfferingId drill = offerings.offering(acme, offerings.sku("drill"), "Drill", 12_000, 20);
		OfferingId saw = offerings.offering(acme, offerings.sku("saw"), "Saw", 4_500, 20);
		CustomerId customer = new CustomerFixtures(this.jdbc).customer("Double Clicker").id();
		this.payments.giveCard(customer);
		this.addToCart.add(customer, drill, 2);
		this.addToCart.add(customer, saw, 1);
		CheckoutToken token = this.startCheckout.start(customer).token();

		List<CheckoutOutcome> outcomes = ConcurrentCheckouts.run(Collections.nCopies(SUBMISSIONS, token),
				(submitted) -> this.placeOrder.place(customer, submitted));

		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(Placed.class));
		assertThat(outcomes).extracting((outcome) -> ((Placed) outcome).order()).containsOnly(orderOf(customer));
		assertThat(outcomes).filteredOn((outcome) -> !((Placed) outcome).repeated()).hasSize(1);
		assertThat(this.payments.approvedFor(customer)).singleElement()
			.satisfies((authorization) -> assertThat(this.payments.isReleased(authorization)).isFalse());
		assertThat(this.jdbc.sql("select available from offering where id in (:ids) order by id")
			.param("ids", List.of(drill.value(), saw.value()))
			.query(Long.class)
			.list()).containsExactly(18L, 19L);
	}

	private OrderId orderOf(CustomerId customer) {
		return new OrderId(this.jdbc.sql("select id from customer_order where customer_id = :customer")
			.param("customer", customer.value())
			.query(Long.class)
			.single());
	}

}
