package dev.centraldistribution.distributor.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.cart.CartRefusal;
import dev.centraldistribution.distributor.catalog.CatalogPage;
import dev.centraldistribution.distributor.catalog.CatalogQuery;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.PriceHold;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease;
import dev.centraldistribution.distributor.catalog.PriceHolds;
import dev.centraldistribution.distributor.catalog.ReleasePriceHold;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
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
 * Issue 11: a manufacturer's snapshot that multiplies a price by more than
 * {@code distributor.catalog.max-price-rise} does not sell at that price. The offering
 * keeps its old price and goes off sale; carts and checkout refuse it and say why; the
 * manufacturer coming back alive does not put it on sale; the operator's release does, at
 * the new price.
 */
@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class PriceRisesBeyondTheBoundWaitForTheOperatorTests {

	private static final long OLD_PRICE = 300;

	/** €3.00 to €300,000.00, as in the issue: beyond any sensible bound (default 10). */
	private static final long TOO_HIGH = OLD_PRICE * 100_000;

	/** A rise of a few percent, within any sensible bound. */
	private static final long CORRECTED = OLD_PRICE + 20;

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	ReleasePriceHold releasePriceHold;

	@Autowired
	PriceHolds priceHolds;

	@Autowired
	OfferingCatalog catalog;

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

	OfferingFixtures offerings;

	long acmeId;

	String acme;

	String drillSku;

	OfferingId drill;

	CustomerId customer;

	@BeforeEach
	void aliveManufacturerSellingADrill() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.acmeId = this.offerings.manufacturer("acme", "Acme Tools");
		this.acme = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", this.acmeId)
			.query(String.class)
			.single();
		this.drillSku = this.offerings.sku("drill");
		this.drill = this.offerings.offering(this.acmeId, this.drillSku, name(), OLD_PRICE, 5);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(this.customer);
	}

	@Test
	void aHeldOfferingKeepsItsOldPriceAndIsNeitherListedNorAddedNorBought() {
		this.addToCart.add(this.customer, this.drill, 2);
		CheckoutToken token = this.startCheckout.start(this.customer).token();

		snapshotAsks(TOO_HIGH);

		assertThat(this.catalog.find(this.drill)).hasValueSatisfying((offering) -> {
			assertThat(offering.unitPriceCents()).isEqualTo(OLD_PRICE);
			assertThat(offering.priceHeld()).isTrue();
			assertThat(offering.onSale()).isFalse();
		});
		assertThat(listed()).as("the dashboard leaves it out").isFalse();
		assertThat(this.addToCart.add(this.customer, this.drill, 1)).isInstanceOfSatisfying(CartChange.Refused.class,
				(refused) -> assertThat(refused.reason()).isEqualTo(CartRefusal.PRICE_HELD));
		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOfSatisfying(ShortOfStock.class,
				(shortage) -> assertThat(shortage.lines()).singleElement().satisfies((line) -> {
					assertThat(line.priceHeld()).isTrue();
					assertThat(line.manufacturerUnreachable()).isFalse();
					assertThat(line.available()).isZero();
				}));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
		List<OfferingId> shortOfStock = new TransactionTemplate(this.transactions)
			.execute((status) -> this.stock.withdraw(List.of(new StockWithdrawal(this.drill, 1))));
		assertThat(shortOfStock).as("the stock ledger takes nothing").containsExactly(this.drill);
		assertThat(soldTotal()).isZero();
	}

	@Test
	void aManufacturerComingBackAliveDoesNotReleaseAHold() {
		snapshotAsks(TOO_HIGH);

		this.health.pullFailed(this.acme, Instant.now(), "connection failed", Duration.ofMillis(5));
		this.health.pullSucceeded(this.acme, Instant.now(), Duration.ofMillis(5));

		assertThat(onSale()).isFalse();
		assertThat(this.catalog.find(this.drill).orElseThrow().unitPriceCents()).isEqualTo(OLD_PRICE);
	}

	@Test
	void theOperatorReleasesTheHoldAndTheOfferingSellsAtTheNewPrice() {
		snapshotAsks(TOO_HIGH);
		assertThat(this.priceHolds.oldest(1000)).filteredOn((hold) -> hold.offering().equals(this.drill))
			.singleElement()
			.satisfies((hold) -> {
				assertThat(hold.unitPriceCents()).isEqualTo(OLD_PRICE);
				assertThat(hold.proposedPriceCents()).isEqualTo(TOO_HIGH);
				assertThat(hold.manufacturerName()).isEqualTo("Acme Tools");
			});

		assertThat(this.releasePriceHold.release(this.drill, TOO_HIGH))
			.isEqualTo(new PriceHoldRelease.Released(this.drill, TOO_HIGH, "EUR", true));

		assertThat(this.priceHolds.oldest(1000)).extracting(PriceHold::offering).doesNotContain(this.drill);
		assertThat(listed()).isTrue();
		this.addToCart.add(this.customer, this.drill, 2);
		assertThat(this.placeOrder.place(this.customer, this.startCheckout.start(this.customer).token()))
			.isInstanceOf(Placed.class);
		assertThat(this.jdbc.sql("select unit_price_cents from order_line where offering_id = :id")
			.param("id", this.drill.value())
			.query(Long.class)
			.single()).isEqualTo(TOO_HIGH);
		assertThat(soldTotal()).isEqualTo(2);
	}

	@Test
	void aReleaseWhileTheManufacturerIsNotAliveWaitsForItToComeBack() {
		snapshotAsks(TOO_HIGH);
		this.health.pullFailed(this.acme, Instant.now(), "connection failed", Duration.ofMillis(5));

		assertThat(this.releasePriceHold.release(this.drill, TOO_HIGH))
			.isEqualTo(new PriceHoldRelease.Released(this.drill, TOO_HIGH, "EUR", false));
		assertThat(onSale()).isFalse();

		this.health.pullSucceeded(this.acme, Instant.now(), Duration.ofMillis(5));
		assertThat(onSale()).isTrue();
	}

	@Test
	void aReleaseOfAPriceTheManufacturerNoLongerAsksChangesNothing() {
		snapshotAsks(TOO_HIGH);
		snapshotAsks(TOO_HIGH * 2);

		assertThat(this.releasePriceHold.release(this.drill, TOO_HIGH))
			.isEqualTo(new PriceHoldRelease.ProposalChanged(TOO_HIGH * 2, "EUR"));
		assertThat(onSale()).isFalse();

		snapshotAsks(CORRECTED);
		assertThat(onSale()).as("the manufacturer corrected itself").isTrue();
		assertThat(this.releasePriceHold.release(this.drill, TOO_HIGH * 2)).isEqualTo(new PriceHoldRelease.NotHeld());
		assertThat(this.catalog.find(this.drill).orElseThrow().unitPriceCents()).isEqualTo(CORRECTED);
	}

	private void snapshotAsks(long cents) {
		this.reconciliation.apply(this.acmeId, List.of(new ProductOffering(this.drillSku, name(), cents, "EUR", 5, 0)));
	}

	/** A product name no other test's offering has, so that a search finds it alone. */
	private String name() {
		return "Drill " + this.drillSku;
	}

	private boolean listed() {
		CatalogPage page = this.catalog.browse(new CatalogQuery(this.drillSku, null, 0, 10));
		return page.products().stream().anyMatch((product) -> product.sku().equals(this.drillSku));
	}

	private boolean onSale() {
		return this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", this.drill.value())
			.query(Boolean.class)
			.single();
	}

	private long soldTotal() {
		return this.jdbc.sql("select sold_total from offering where id = :id")
			.param("id", this.drill.value())
			.query(Long.class)
			.single();
	}

}
