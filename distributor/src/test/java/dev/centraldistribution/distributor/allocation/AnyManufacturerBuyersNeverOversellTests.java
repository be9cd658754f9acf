package dev.centraldistribution.distributor.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.CheckoutToken;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many customers buy "any manufacturer" of one product at once, more than there is: each
 * takes a proposal, puts it in the cart and checks out, and on a shortage takes a new
 * proposal. No manufacturer's offering is oversold, and together they sell exactly what
 * was available.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class AnyManufacturerBuyersNeverOversellTests {

	static final int CUSTOMERS = 40;

	static final City TURIN = new City("Turin", "IT", new GeoLocation(45.0703, 7.6869));

	@Autowired
	ProposeAllocation proposals;

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

	@Test
	void togetherTheySellExactlyWhatWasAvailableAndNoManufacturerIsOversold() throws Exception {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		String sku = offerings.sku("shirt");
		List<OfferingId> shelf = List.of(
				offerings.offering(offerings.manufacturer("lyon", "Lyon", new GeoLocation(45.76, 4.84)), sku, "T-shirt",
						1_000, 20),
				offerings.offering(offerings.manufacturer("milan", "Milan", new GeoLocation(45.46, 9.19)), sku,
						"T-shirt", 900, 15),
				offerings.offering(offerings.manufacturer("hamburg", "Hamburg", new GeoLocation(53.55, 9.99)), sku,
						"T-shirt", 800, 25));
		CustomerFixtures customers = new CustomerFixtures(this.jdbc);
		List<CustomerId> buyers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			CustomerId customer = customers.customer("Buyer " + i).id();
			this.payments.giveCard(customer);
			buyers.add(customer);
		}

		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Long>> bought = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			CustomerId customer = buyers.get(i);
			long quantity = 1 + i % 3;
			Strategy strategy = Strategy.values()[i % Strategy.values().length];
			bought.add(pool.submit(() -> buy(customer, sku, quantity, strategy)));
		}
		long units = 0;
		for (Future<Long> future : bought) {
			units += future.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		assertThat(units).as("units the customers were sold").isEqualTo(60);
		for (OfferingId offering : shelf) {
			assertThat(this.jdbc.sql("select available from offering where id = :id")
				.param("id", offering.value())
				.query(Long.class)
				.single()).as("offering %s sold out, not below", offering).isZero();
			assertThat(this.jdbc.sql("select coalesce(sum(quantity), 0) from order_line where offering_id = :id")
				.param("id", offering.value())
				.query(Long.class)
				.single())
				.as("ordered from offering %s = its sold total", offering)
				.isEqualTo(this.jdbc.sql("select sold_total from offering where id = :id")
					.param("id", offering.value())
					.query(Long.class)
					.single());
		}
	}

	/** Proposal, cart, checkout; a new proposal after a shortage. @return units bought */
	private long buy(CustomerId customer, String sku, long quantity, Strategy strategy) {
		for (int attempt = 0; attempt < 50; attempt++) {
			Allocation allocation = this.proposals.propose(sku, quantity, strategy, TURIN).orElseThrow().allocation();
			if (allocation.lines().isEmpty()) {
				return 0;
			}
			boolean inCart = true;
			for (AllocatedLine line : allocation.lines()) {
				inCart &= this.addToCart.add(customer, line.candidate().offering(),
						Math.toIntExact(line.quantity())) instanceof CartChange.Accepted;
			}
			// A line that ran short between the proposal and the cart: a new proposal, as
			// the page would show.
			CheckoutToken token = inCart ? this.startCheckout.start(customer).token() : null;
			if (token != null && this.placeOrder.place(customer, token) instanceof CheckoutOutcome.Placed) {
				return allocation.allocated();
			}
			this.jdbc.sql("delete from cart_line where customer_id = :customer")
				.param("customer", customer.value())
				.update();
		}
		throw new IllegalStateException("No order after 50 proposals");
	}

}
