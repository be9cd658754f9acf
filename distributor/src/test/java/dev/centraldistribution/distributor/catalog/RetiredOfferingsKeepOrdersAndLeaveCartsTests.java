package dev.centraldistribution.distributor.catalog;

import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retiring offerings a manufacturer no longer lists, against the rows that refer to them:
 * cart lines go with the offering, order lines keep it (docs/architecture.md, under
 * invariant 2).
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class RetiredOfferingsKeepOrdersAndLeaveCartsTests {

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	CatalogProperties limits;

	@Autowired
	AddToCart addToCart;

	@Autowired
	ViewCart viewCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	OrderHistory history;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	OfferingFixtures fixtures;

	OfferingRows offerings;

	CustomerFixtures customers;

	long manufacturer;

	String drill;

	String saw;

	@BeforeEach
	void shop() {
		this.fixtures = new OfferingFixtures(this.jdbc);
		this.offerings = new OfferingRows(this.jdbc);
		this.customers = new CustomerFixtures(this.jdbc);
		this.manufacturer = this.fixtures.manufacturer("ret", "Retiring Tools");
		this.drill = this.fixtures.sku("drill");
		this.saw = this.fixtures.sku("saw");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aRetiredOfferingLeavesEveryCartAndOthersStay() {
		pull(product(this.drill, 5, 0), product(this.saw, 5, 0));
		OfferingId drillId = offering(this.drill);
		OfferingId sawId = offering(this.saw);
		CustomerId ada = this.customers.customer("Ada").id();
		CustomerId bob = this.customers.customer("Bob").id();
		assertThat(this.addToCart.add(ada, drillId, 1)).isInstanceOf(CartChange.Accepted.class);
		assertThat(this.addToCart.add(bob, drillId, 2)).isInstanceOf(CartChange.Accepted.class);
		assertThat(this.addToCart.add(bob, sawId, 1)).isInstanceOf(CartChange.Accepted.class);

		pull(product(this.saw, 5, 0));
		this.clock.advance(this.limits.retireAfter().plusSeconds(1));
		assertThat(pull(product(this.saw, 5, 0)).retired()).isEqualTo(1);

		assertThat(this.offerings.find(this.manufacturer, this.drill)).as("never sold: deleted").isEmpty();
		assertThat(this.viewCart.of(ada).isEmpty()).isTrue();
		assertThat(this.viewCart.of(bob).lines()).extracting((line) -> line.offering().id()).containsExactly(sawId);
	}

	@Test
	void anOfferingBoughtIsRetiredWithItsRowAndComesBackWithItsBooks() {
		pull(product(this.drill, 5, 0));
		OfferingId drillId = offering(this.drill);
		CustomerId ada = this.customers.customer("Ada").id();
		buy(ada, drillId, 2);
		CustomerId bob = this.customers.customer("Bob").id();
		this.addToCart.add(bob, drillId, 1);

		pull();
		this.clock.advance(this.limits.retireAfter().plusSeconds(1));
		assertThat(pull().retired()).isEqualTo(1);

		assertThat(this.offerings.get(this.manufacturer, this.drill).soldTotal()).isEqualTo(2);
		assertThat(this.viewCart.of(bob).isEmpty()).isTrue();
		assertThat(this.history.ordersOf(ada, 0, 10).orders()).singleElement()
			.satisfies((order) -> assertThat(order.subOrders()).singleElement()
				.satisfies((subOrder) -> assertThat(subOrder.lines()).singleElement()
					.satisfies((line) -> assertThat(line.quantity()).isEqualTo(2))));

		// Back, the manufacturer having processed none of our 2 units yet.
		pull(product(this.drill, 7, 0));

		OfferingRows.Row back = this.offerings.get(this.manufacturer, this.drill);
		assertThat(back.id()).isEqualTo(drillId.value());
		assertThat(back.available()).isEqualTo(5);
		assertThat(back.soldTotal()).isEqualTo(2);
		assertThat(back.isConsistent()).isTrue();
		assertThat(this.addToCart.add(bob, drillId, 1)).isInstanceOf(CartChange.Accepted.class);
	}

	private ReconciledSnapshot pull(ProductOffering... products) {
		return this.reconciliation.apply(this.manufacturer, List.of(products));
	}

	private OfferingId offering(String sku) {
		return new OfferingId(this.offerings.get(this.manufacturer, sku).id());
	}

	private void buy(CustomerId customer, OfferingId offering, int quantity) {
		this.payments.giveCard(customer);
		this.addToCart.add(customer, offering, quantity);
		assertThat(this.placeOrder.place(customer, this.startCheckout.start(customer).token()))
			.isInstanceOf(Placed.class);
	}

}
