package dev.centraldistribution.distributor.orders;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutMode;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class OrderHistoryTests {

	@Autowired
	OrderHistory history;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	CustomerFixtures customers;

	OfferingId drill;

	OfferingId glue;

	@BeforeEach
	void shop() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.customers = new CustomerFixtures(this.jdbc);
		this.drill = offerings.offering(offerings.manufacturer("acme", "Acme Tools"), offerings.sku("drill"), "Drill",
				12_000, 50);
		this.glue = offerings.offering(offerings.manufacturer("globex", "Globex"), offerings.sku("glue"), "Glue", 350,
				50);
	}

	@Test
	void listsACustomersOwnOrdersNewestFirstPageByPage() {
		CustomerId ada = this.customers.customer("Ada").id();
		CustomerId bob = this.customers.customer("Bob").id();
		OrderId first = buy(ada, this.drill, 1);
		OrderId second = buy(ada, this.glue, 2);
		OrderId third = buy(ada, this.drill, 3);
		OrderId bobs = buy(bob, this.drill, 1);

		OrderHistoryPage page = this.history.ordersOf(ada, 0, 2);
		assertThat(page.orders()).extracting(OrderSummary::id).containsExactly(third, second);
		assertThat(page.totalOrders()).isEqualTo(3);
		assertThat(page.hasNext()).isTrue();
		assertThat(this.history.ordersOf(ada, 1, 2).orders()).extracting(OrderSummary::id).containsExactly(first);
		assertThat(this.history.ordersOf(ada, 7, 2).isEmpty()).isTrue();
		assertThat(this.history.ordersOf(bob, 0, 10).orders()).extracting(OrderSummary::id).containsExactly(bobs);
		assertThat(page.orders().get(1).subOrders()).singleElement().satisfies((subOrder) -> {
			assertThat(subOrder.manufacturerName()).isEqualTo("Globex");
			assertThat(subOrder.status()).isEqualTo(SubOrderStatus.PLACED);
			assertThat(subOrder.lines()).singleElement().satisfies((line) -> {
				assertThat(line.productName()).isEqualTo("Glue");
				assertThat(line.lineTotalCents()).isEqualTo(700);
			});
		});
	}

	@Test
	void neverFindsAnotherCustomersOrder() {
		CustomerId ada = this.customers.customer("Ada").id();
		CustomerId mallory = this.customers.customer("Mallory").id();
		OrderId adas = buy(ada, this.drill, 1);

		assertThat(this.history.find(ada, adas)).isPresent();
		assertThat(this.history.find(mallory, adas)).isEmpty();
		assertThat(this.history.find(ada, new OrderId(Long.MAX_VALUE))).isEmpty();
	}

	@Test
	void refusesNonsensicalPages() {
		CustomerId ada = this.customers.customer("Ada").id();
		assertThatIllegalArgumentException().isThrownBy(() -> this.history.ordersOf(ada, -1, 10));
		assertThatIllegalArgumentException().isThrownBy(() -> this.history.ordersOf(ada, 0, 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.history.ordersOf(ada, 0, OrderHistory.MAX_PAGE_SIZE + 1));
	}

	private OrderId buy(CustomerId customer, OfferingId offering, int quantity) {
		this.payments.giveCard(customer);
		this.addToCart.add(customer, offering, quantity);
		CheckoutOutcome outcome = this.placeOrder.place(customer, this.startCheckout.start(customer).token());
		assertThat(outcome).isInstanceOf(Placed.class);
		return ((Placed) outcome).order();
	}

}
