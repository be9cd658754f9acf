package dev.centraldistribution.distributor.checkout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 1 under load: many customers check out at once through the real use case,
 * {@value ConcurrentCheckouts#WORKERS} at a time, more than the connection pool holds.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class CheckoutNeverOversellsTests {

	static final int CUSTOMERS = 200;

	private static final Logger logger = LoggerFactory.getLogger(CheckoutNeverOversellsTests.class);

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

	OfferingFixtures offerings;

	CustomerFixtures customers;

	@BeforeEach
	void fixtures() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.customers = new CustomerFixtures(this.jdbc);
	}

	@Test
	void sellsExactlyTheStockOfAHotOfferingToManyCustomersAtOnce() throws Exception {
		long stock = 50;
		OfferingId hot = this.offerings.offering(this.offerings.manufacturer("hot", "Hot Goods"),
				this.offerings.sku("hot"), "Hot item", 999, stock);
		List<Buyer> buyers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			// A third of the buyers want one unit, more than the stock: the last unit is
			// always bought, so exactly the stock must be sold.
			buyers.add(buyer(Map.of(hot, 1 + i % 3)));
		}

		List<CheckoutOutcome> outcomes = ConcurrentCheckouts.run(buyers, this::checkOut);
		report("hot offering", outcomes);

		long sold = 0;
		for (int i = 0; i < CUSTOMERS; i++) {
			CheckoutOutcome outcome = outcomes.get(i);
			assertThat(outcome).isInstanceOfAny(Placed.class, ShortOfStock.class);
			if (outcome instanceof Placed placed) {
				sold += buyers.get(i).cart().get(hot);
				assertThat(unitsOrdered(placed.order())).isEqualTo(buyers.get(i).cart());
			}
			else {
				assertThat(ordersOf(buyers.get(i).customer())).isZero();
				assertThat(this.payments.heldFor(buyers.get(i).customer())).isEmpty();
			}
		}
		assertThat(sold).isEqualTo(stock);
		assertStockIsConsistent(hot, stock);
	}

	@Test
	void neverOversellsNorDeadlocksWhenManyCartsShareSeveralOfferings() throws Exception {
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		long globex = this.offerings.manufacturer("globex", "Globex Industrial");
		long initech = this.offerings.manufacturer("initech", "Initech");
		List<OfferingId> shelf = List.of(
				this.offerings.offering(acme, this.offerings.sku("drill"), "Drill", 12_000, 40),
				this.offerings.offering(globex, this.offerings.sku("drill"), "Drill", 11_000, 25),
				this.offerings.offering(acme, this.offerings.sku("saw"), "Saw", 4_500, 60),
				this.offerings.offering(initech, this.offerings.sku("stapler"), "Stapler", 700, 35),
				this.offerings.offering(globex, this.offerings.sku("glue"), "Glue", 350, 50));
		Random random = new Random(20261122);
		List<Buyer> buyers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			List<OfferingId> picked = new ArrayList<>(shelf);
			Collections.shuffle(picked, random);
			Map<OfferingId, Integer> cart = new HashMap<>();
			picked.subList(0, 1 + random.nextInt(4)).forEach((offering) -> cart.put(offering, 1 + random.nextInt(3)));
			buyers.add(buyer(cart));
		}

		List<CheckoutOutcome> outcomes = ConcurrentCheckouts.run(buyers, this::checkOut);
		report("multi-line carts", outcomes);

		Map<OfferingId, Long> sold = new HashMap<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			CheckoutOutcome outcome = outcomes.get(i);
			assertThat(outcome).isInstanceOfAny(Placed.class, ShortOfStock.class);
			Buyer buyer = buyers.get(i);
			if (outcome instanceof Placed placed) {
				assertThat(unitsOrdered(placed.order())).as("all or nothing").isEqualTo(buyer.cart());
				buyer.cart().forEach((offering, quantity) -> sold.merge(offering, (long) quantity, Long::sum));
			}
			else {
				assertThat(ordersOf(buyer.customer())).isZero();
			}
		}
		assertThat(sold).isNotEmpty();
		for (OfferingId offering : shelf) {
			assertStockIsConsistent(offering, sold.getOrDefault(offering, 0L));
		}
	}

	private static void report(String scenario, List<CheckoutOutcome> outcomes) {
		logger.info("{}: {} checkouts, {} placed, {} short of stock", scenario, outcomes.size(),
				outcomes.stream().filter(Placed.class::isInstance).count(),
				outcomes.stream().filter(ShortOfStock.class::isInstance).count());
	}

	private Buyer buyer(Map<OfferingId, Integer> cart) {
		CustomerId customer = this.customers.customer("Buyer").id();
		this.payments.giveCard(customer);
		cart.forEach((offering, quantity) -> assertThat(this.addToCart.add(customer, offering, quantity))
			.isInstanceOf(CartChange.Accepted.class));
		return new Buyer(customer, cart, this.startCheckout.start(customer).token());
	}

	private CheckoutOutcome checkOut(Buyer buyer) {
		return this.placeOrder.place(buyer.customer(), buyer.token());
	}

	private Map<OfferingId, Integer> unitsOrdered(OrderId order) {
		Map<OfferingId, Integer> units = new HashMap<>();
		this.jdbc.sql("select offering_id, quantity from order_line where order_id = :order")
			.param("order", order.value())
			.query((row) -> {
				units.merge(new OfferingId(row.getLong("offering_id")), row.getInt("quantity"), Integer::sum);
			});
		return units;
	}

	private long ordersOf(CustomerId customer) {
		return this.jdbc.sql("select count(*) from customer_order where customer_id = :customer")
			.param("customer", customer.value())
			.query(Long.class)
			.single();
	}

	/**
	 * available >= 0, received - sold = available, and what the orders hold is what the
	 * offering sold: nothing oversold, no update lost.
	 */
	private void assertStockIsConsistent(OfferingId offering, long soldThroughOrders) {
		Map<String, Object> row = this.jdbc
			.sql("select available, sold_total, received_total from offering where id = :id")
			.param("id", offering.value())
			.query()
			.singleRow();
		long available = ((Number) row.get("available")).longValue();
		long soldTotal = ((Number) row.get("sold_total")).longValue();
		long received = ((Number) row.get("received_total")).longValue();
		assertThat(available).as("available of %s", offering).isNotNegative();
		assertThat(received - soldTotal).as("received - sold of %s", offering).isEqualTo(available);
		assertThat(soldTotal).as("sold of %s", offering).isEqualTo(soldThroughOrders);
		assertThat(this.jdbc.sql("select coalesce(sum(quantity), 0) from order_line where offering_id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single()).as("order lines of %s", offering).isEqualTo(soldTotal);
	}

	record Buyer(CustomerId customer, Map<OfferingId, Integer> cart, CheckoutToken token) {
	}

}
