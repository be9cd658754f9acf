package dev.centraldistribution.distributor.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.cart.CartRefusal;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.StockLedger;
import dev.centraldistribution.distributor.catalog.StockWithdrawal;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealthTracker;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariant 7: the goods of a manufacturer the failure detector does not believe alive
 * are not sold. Its state changes through the real detector (a failed pull makes a
 * manufacturer suspect, a successful one alive again), and the change puts its offerings
 * off sale in the same transaction; the stock ledger takes nothing from an offering off
 * sale.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class GoodsOfAManufacturerNotAliveAreNotSoldTests {

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StockLedger stock;

	@Autowired
	ManufacturerHealthTracker health;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	String acme;

	OfferingId drill;

	OfferingId saw;

	CustomerId customer;

	@BeforeEach
	void aliveManufacturerWithTwoOfferings() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acmeId = offerings.manufacturer("acme", "Acme Tools");
		this.acme = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", acmeId)
			.query(String.class)
			.single();
		this.drill = offerings.offering(acmeId, offerings.sku("drill"), "Drill", 12_000, 5);
		this.saw = offerings.offering(acmeId, offerings.sku("saw"), "Saw", 4_500, 5);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(this.customer);
	}

	@Test
	void aSuspectManufacturersLinesAreRefusedLikeAShortageAndSoldAgainOnceItIsBack() {
		this.addToCart.add(this.customer, this.drill, 2);
		CheckoutToken token = this.startCheckout.start(this.customer).token();

		this.health.pullFailed(this.acme, Instant.now(), "connection failed", Duration.ofMillis(5));

		assertThat(onSale(this.drill)).isFalse();
		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOfSatisfying(ShortOfStock.class,
				(shortage) -> assertThat(shortage.lines()).singleElement().satisfies((line) -> {
					assertThat(line.manufacturerUnreachable()).isTrue();
					assertThat(line.available()).isZero();
				}));
		assertThat(this.addToCart.add(this.customer, this.saw, 1)).isInstanceOfSatisfying(CartChange.Refused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(CartRefusal.MANUFACTURER_UNREACHABLE));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
		assertThat(soldTotal(this.drill)).isZero();

		this.health.pullSucceeded(this.acme, Instant.now(), Duration.ofMillis(5));

		assertThat(onSale(this.drill)).isTrue();
		assertThat(this.placeOrder.place(this.customer, this.startCheckout.start(this.customer).token()))
			.isInstanceOf(Placed.class);
		assertThat(soldTotal(this.drill)).isEqualTo(2);
	}

	@Test
	void theStockLedgerTakesNothingFromAnOfferingOffSaleEvenWhenEnoughIsLeft() {
		this.health.pullFailed(this.acme, Instant.now(), "HTTP status 503", Duration.ofMillis(5));

		List<OfferingId> shortOfStock = new TransactionTemplate(this.transactions)
			.execute((status) -> this.stock.withdraw(List.of(new StockWithdrawal(this.drill, 1))));

		assertThat(shortOfStock).containsExactly(this.drill);
		assertThat(available(this.drill)).isEqualTo(5);
	}

	@Test
	void aChangeOfStateWaitsForACheckoutThatIsTakingTheGoodsAndThenStopsTheNextOne() throws Exception {
		CountDownLatch taken = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<List<OfferingId>> checkout = CompletableFuture
			.supplyAsync(() -> new TransactionTemplate(this.transactions).execute((status) -> {
				List<OfferingId> shortOfStock = this.stock.withdraw(List.of(new StockWithdrawal(this.drill, 1)));
				taken.countDown();
				await(commit);
				return shortOfStock;
			}));
		assertThat(taken.await(30, TimeUnit.SECONDS)).as("the checkout took its units").isTrue();

		CompletableFuture<Void> suspect = CompletableFuture.runAsync(
				() -> this.health.pullFailed(this.acme, Instant.now(), "connection failed", Duration.ofMillis(5)));
		Thread.sleep(500);
		assertThat(suspect).as("the change waits for the checkout holding the offering").isNotDone();
		commit.countDown();

		assertThat(checkout.get(30, TimeUnit.SECONDS)).as("the checkout that began first sold").isEmpty();
		suspect.get(30, TimeUnit.SECONDS);
		assertThat(onSale(this.drill)).isFalse();
		assertThat(soldTotal(this.drill)).isEqualTo(1);
		List<OfferingId> afterTheChange = new TransactionTemplate(this.transactions)
			.execute((status) -> this.stock.withdraw(List.of(new StockWithdrawal(this.drill, 1))));
		assertThat(afterTheChange).as("nothing is taken once the change committed").containsExactly(this.drill);
	}

	private boolean onSale(OfferingId offering) {
		return this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", offering.value())
			.query(Boolean.class)
			.single();
	}

	private long soldTotal(OfferingId offering) {
		return this.jdbc.sql("select sold_total from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single();
	}

	private long available(OfferingId offering) {
		return this.jdbc.sql("select available from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
