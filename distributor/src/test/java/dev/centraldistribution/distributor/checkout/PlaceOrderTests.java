package dev.centraldistribution.distributor.checkout;

import java.time.Duration;
import java.util.UUID;

import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartLine;
import dev.centraldistribution.distributor.cart.ViewCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.SalesElsewhere;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Changed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Placed;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.Refused;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome.ShortOfStock;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderLineSummary;
import dev.centraldistribution.distributor.orders.OrderPlaced;
import dev.centraldistribution.distributor.orders.OrderPlacedAfterCommit;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderSummary;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class PlaceOrderTests {

	@Autowired
	SalesElsewhere elsewhere;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	ViewCart viewCart;

	@Autowired
	OrderHistory history;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	OrderPlacedAfterCommit afterCommit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	OfferingFixtures offerings;

	CustomerId customer;

	OfferingId drill;

	OfferingId saw;

	OfferingId glue;

	@BeforeEach
	void shop() {
		this.offerings = new OfferingFixtures(this.jdbc);
		long acme = this.offerings.manufacturer("acme", "Acme Tools");
		long globex = this.offerings.manufacturer("globex", "Globex Industrial");
		this.drill = this.offerings.offering(acme, this.offerings.sku("drill"), "Drill", 12_000, 5);
		this.saw = this.offerings.offering(acme, this.offerings.sku("saw"), "Saw", 4_500, 4);
		this.glue = this.offerings.offering(globex, this.offerings.sku("glue"), "Glue", 350, 10);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(this.customer);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void placesOneOrderWithASubOrderPerManufacturerAndTakesItOutOfStockAndTheCart() {
		add(this.drill, 2);
		add(this.saw, 1);
		add(this.glue, 4);

		CheckoutOutcome outcome = this.placeOrder.place(this.customer, checkout());

		OrderId order = placed(outcome, false);
		long total = 2 * 12_000 + 4_500 + 4 * 350;
		assertThat(this.history.find(this.customer, order)).hasValueSatisfying((summary) -> {
			assertThat(summary.status()).isEqualTo(OrderStatus.PLACED);
			assertThat(summary.totalCents()).isEqualTo(total);
			assertThat(summary.currency()).isEqualTo("EUR");
			assertThat(summary.units()).isEqualTo(7);
			assertThat(summary.subOrders()).extracting(SubOrderSummary::manufacturerName)
				.containsExactly("Acme Tools", "Globex Industrial");
			assertThat(summary.subOrders()).extracting(SubOrderSummary::totalCents)
				.containsExactly(2 * 12_000L + 4_500, 4 * 350L);
			assertThat(summary.subOrders().get(0).lines()).extracting(OrderLineSummary::productName)
				.containsExactly("Drill", "Saw");
		});
		assertStock(this.drill, 3, 2);
		assertStock(this.saw, 3, 1);
		assertStock(this.glue, 6, 4);
		assertThat(this.viewCart.of(this.customer).isEmpty()).isTrue();
		assertThat(this.payments.heldFor(this.customer)).singleElement()
			.satisfies((authorization) -> assertThat(authorization.request().amountCents()).isEqualTo(total));
		assertThat(this.afterCommit.heardOf(order)).singleElement().satisfies((event) -> {
			assertThat(event.totalCents()).isEqualTo(total);
			assertThat(event.subOrders()).hasSize(2);
			assertThat(event.subOrders().get(0).lines()).extracting(OrderPlaced.Line::offering)
				.containsExactly(this.drill, this.saw);
		});
	}

	@Test
	void buysNothingWhenALineRanShortDuringCheckoutAndReleasesThePayment() {
		add(this.drill, 2);
		add(this.saw, 3);
		CheckoutToken token = checkout();
		this.payments.whileAuthorizing(this.customer, () -> this.elsewhere.sell(this.saw, 2));

		CheckoutOutcome outcome = this.placeOrder.place(this.customer, token);

		assertThat(outcome).isInstanceOfSatisfying(ShortOfStock.class,
				(shortage) -> assertThat(shortage.lines()).singleElement().satisfies((line) -> {
					assertThat(line.offering()).isEqualTo(this.saw);
					assertThat(line.productName()).isEqualTo("Saw");
					assertThat(line.manufacturerName()).isEqualTo("Acme Tools");
					assertThat(line.requested()).isEqualTo(3);
					assertThat(line.available()).isEqualTo(2);
				}));
		assertThat(this.history.ordersOf(this.customer, 0, 10).isEmpty()).isTrue();
		assertStock(this.drill, 5, 0);
		assertStock(this.saw, 2, 0);
		assertThat(this.viewCart.of(this.customer).lines()).extracting(CartLine::quantity).containsExactly(2, 3);
		assertThat(this.payments.approvedFor(this.customer)).singleElement()
			.satisfies((authorization) -> assertThat(this.payments.isReleased(authorization)).isTrue());
		assertThat(this.afterCommit.heardFromCustomerOf(this.customer)).isFalse();
	}

	@Test
	void reportsAShortageItSeesBeforeChargingAnything() {
		add(this.saw, 3);
		CheckoutToken token = checkout();
		this.elsewhere.sell(this.saw, 4);

		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOfSatisfying(ShortOfStock.class,
				(shortage) -> assertThat(shortage.lines()).singleElement()
					.satisfies((line) -> assertThat(line.isSoldOut()).isTrue()));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
	}

	@Test
	void buysWhatIsAvailableWhenTheCustomerChoosesSoAfterAShortageHavingSeenTheNewTotal() {
		add(this.drill, 2);
		add(this.saw, 3);
		add(this.glue, 1);
		CheckoutToken token = checkout();
		this.payments.whileAuthorizing(this.customer, () -> {
			this.elsewhere.sell(this.saw, 2);
			this.elsewhere.sell(this.glue, 10);
		});
		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOf(ShortOfStock.class);

		CheckoutSummary available = this.startCheckout.start(this.customer, CheckoutMode.AVAILABLE_ONLY);
		assertThat(available.cart().lines()).extracting(CartLine::quantity).containsExactly(2, 2);
		assertThat(available.cart().totalCents()).isEqualTo(2 * 12_000 + 2 * 4_500);
		CheckoutOutcome outcome = this.placeOrder.place(this.customer, available.token());

		OrderId order = placed(outcome, false);
		assertThat(this.history.find(this.customer, order)).hasValueSatisfying((summary) -> {
			assertThat(summary.subOrders()).singleElement()
				.satisfies((subOrder) -> assertThat(subOrder.lines()).extracting(OrderLineSummary::quantity)
					.containsExactly(2, 2));
			assertThat(summary.totalCents()).isEqualTo(2 * 12_000 + 2 * 4_500);
		});
		assertStock(this.drill, 3, 2);
		assertStock(this.saw, 0, 2);
		assertThat(this.viewCart.of(this.customer).isEmpty()).isTrue();
		assertThat(this.payments.heldFor(this.customer)).singleElement()
			.satisfies((authorization) -> assertThat(authorization.request().amountCents())
				.isEqualTo(2 * 12_000 + 2 * 4_500));
		assertThat(this.payments.approvedFor(this.customer)).hasSize(2);
	}

	@Test
	void showsTheFormForWhatIsAvailableAgainWhenLessIsLeftWhenItIsSubmitted() {
		add(this.saw, 3);
		this.elsewhere.sell(this.saw, 2);
		CheckoutSummary available = this.startCheckout.start(this.customer, CheckoutMode.AVAILABLE_ONLY);
		this.elsewhere.sell(this.saw, 1);

		assertThat(this.placeOrder.place(this.customer, available.token())).isInstanceOfSatisfying(Changed.class,
				(changed) -> assertThat(changed.changes()).singleElement().satisfies((change) -> {
					assertThat(change.quotedQuantity()).isEqualTo(2);
					assertThat(change.quantityNow()).isEqualTo(1);
					assertThat(change.needsConfirmation()).isTrue();
				}));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
		assertStock(this.saw, 1, 0);
	}

	@Test
	void showsANewShortageWhenWhatWasAvailableRanShortDuringTheCheckout() {
		add(this.saw, 3);
		this.elsewhere.sell(this.saw, 2);
		CheckoutSummary available = this.startCheckout.start(this.customer, CheckoutMode.AVAILABLE_ONLY);
		this.payments.whileAuthorizing(this.customer, () -> this.elsewhere.sell(this.saw, 1));

		assertThat(this.placeOrder.place(this.customer, available.token())).isInstanceOfSatisfying(ShortOfStock.class,
				(shortage) -> assertThat(shortage.lines()).singleElement().satisfies((line) -> {
					assertThat(line.requested()).isEqualTo(2);
					assertThat(line.available()).isEqualTo(1);
				}));
		CheckoutSummary again = this.startCheckout.start(this.customer, CheckoutMode.AVAILABLE_ONLY);
		assertThat(this.placeOrder.place(this.customer, again.token())).isInstanceOf(Placed.class);
		assertStock(this.saw, 0, 1);
	}

	@Test
	void placesNothingWhenAPriceWentUpSinceTheFormWasShownAndShowsTheChange() {
		add(this.drill, 1);
		CheckoutToken token = checkout();
		this.offerings.price(this.drill, 3_000_000_000L);

		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOfSatisfying(Changed.class,
				(changed) -> assertThat(changed.changes()).singleElement().satisfies((change) -> {
					assertThat(change.offering()).isEqualTo(this.drill);
					assertThat(change.quotedUnitPriceCents()).isEqualTo(12_000);
					assertThat(change.unitPriceCentsNow()).isEqualTo(3_000_000_000L);
					assertThat(change.isPriceUp()).isTrue();
					assertThat(change.needsConfirmation()).isTrue();
				}));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
		assertThat(this.history.ordersOf(this.customer, 0, 10).isEmpty()).isTrue();
		assertStock(this.drill, 5, 0);

		OrderId order = placed(this.placeOrder.place(this.customer, checkout()), false);
		assertThat(this.history.find(this.customer, order))
			.hasValueSatisfying((summary) -> assertThat(summary.totalCents()).isEqualTo(3_000_000_000L));
	}

	@Test
	void placesNothingWhenTheCartChangedInAnotherTabSinceTheFormWasShown() {
		add(this.drill, 1);
		CheckoutToken token = checkout();
		add(this.drill, 1);
		add(this.glue, 4);

		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOfSatisfying(Changed.class, (changed) -> {
			assertThat(changed.changes()).extracting(QuoteChange::offering).containsExactly(this.drill, this.glue);
			assertThat(changed.changes()).allMatch(QuoteChange::needsConfirmation);
			assertThat(changed.changes().get(1).isAdded()).isTrue();
		});
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
		assertStock(this.drill, 5, 0);
		assertStock(this.glue, 10, 0);
	}

	@Test
	void chargesAPriceThatWentDownAsItIsNowAndTheOrderSaysWhatWasConfirmed() {
		add(this.drill, 2);
		CheckoutToken token = checkout();
		this.offerings.price(this.drill, 10_000);

		OrderId order = placed(this.placeOrder.place(this.customer, token), false);

		assertThat(this.history.find(this.customer, order)).hasValueSatisfying((summary) -> {
			assertThat(summary.totalCents()).isEqualTo(20_000);
			assertThat(summary.quotedTotalCents()).isEqualTo(24_000);
			assertThat(summary.isCheaperThanConfirmed()).isTrue();
		});
		assertThat(this.payments.heldFor(this.customer)).singleElement()
			.satisfies((authorization) -> assertThat(authorization.request().amountCents()).isEqualTo(20_000));
	}

	@Test
	void placesOneOrderPerTokenHoweverOftenItIsSubmitted() {
		add(this.drill, 1);
		CheckoutToken token = checkout();

		OrderId first = placed(this.placeOrder.place(this.customer, token), false);
		add(this.glue, 1);
		CheckoutOutcome again = this.placeOrder.place(this.customer, token);

		assertThat(placed(again, true)).isEqualTo(first);
		assertThat(this.history.ordersOf(this.customer, 0, 10).orders()).hasSize(1);
		assertThat(this.payments.approvedFor(this.customer)).hasSize(1);
		assertStock(this.drill, 4, 1);
		assertThat(this.viewCart.of(this.customer).lines()).hasSize(1);
	}

	@Test
	void refusesATokenIssuedToAnotherCustomer() {
		add(this.drill, 1);
		CheckoutToken token = checkout();
		CustomerId mallory = new CustomerFixtures(this.jdbc).customer("Mallory").id();
		this.payments.giveCard(mallory);
		this.addToCart.add(mallory, this.glue, 1);

		assertThat(this.placeOrder.place(mallory, token))
			.isEqualTo(Refused.because(CheckoutRefusal.TOKEN_NOT_RECOGNISED));
		assertThat(this.placeOrder.place(mallory, new CheckoutToken(UUID.randomUUID().toString())))
			.isEqualTo(Refused.because(CheckoutRefusal.TOKEN_NOT_RECOGNISED));
		assertThat(this.history.ordersOf(mallory, 0, 10).isEmpty()).isTrue();
		assertThat(this.payments.approvedFor(mallory)).isEmpty();
		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOf(Placed.class);
	}

	@Test
	void needsACardOnFileAndSomethingInTheCart() {
		CustomerId noCard = new CustomerFixtures(this.jdbc).customer("Nobody").id();
		this.addToCart.add(noCard, this.drill, 1);
		CheckoutSummary summary = this.startCheckout.start(noCard);
		assertThat(summary.canPlaceOrder()).isFalse();
		assertThat(this.placeOrder.place(noCard, summary.token())).isEqualTo(Refused.because(CheckoutRefusal.NO_CARD));

		add(this.drill, 1);
		CheckoutToken token = checkout();
		this.jdbc.sql("delete from cart_line where customer_id = :c").param("c", this.customer.value()).update();
		assertThat(this.placeOrder.place(this.customer, token)).isEqualTo(Refused.because(CheckoutRefusal.EMPTY_CART));
		assertThat(this.startCheckout.start(this.customer).token()).isNull();
		assertStock(this.drill, 5, 0);
	}

	@Test
	void authorisesAfreshAfterADeclinedPayment() {
		add(this.drill, 1);
		CheckoutToken token = checkout();
		this.payments.declineFor(this.customer, "Insufficient funds");

		assertThat(this.placeOrder.place(this.customer, token))
			.isEqualTo(new Refused(CheckoutRefusal.PAYMENT_DECLINED, "Insufficient funds"));
		this.payments.approveFor(this.customer);

		assertThat(this.placeOrder.place(this.customer, token)).isInstanceOf(Placed.class);
		assertStock(this.drill, 4, 1);
	}

	@Test
	void refusesAnExpiredCheckoutForm() {
		add(this.drill, 1);
		CheckoutToken token = checkout();
		this.clock.advance(Duration.ofDays(30));

		assertThat(this.placeOrder.place(this.customer, token))
			.isEqualTo(Refused.because(CheckoutRefusal.TOKEN_EXPIRED));
		assertStock(this.drill, 5, 0);
	}

	@Test
	void buysNothingWhenEverythingIsSoldOut() {
		add(this.saw, 2);
		CheckoutToken token = this.startCheckout.start(this.customer, CheckoutMode.AVAILABLE_ONLY).token();
		this.elsewhere.sell(this.saw, 4);

		assertThat(this.placeOrder.place(this.customer, token))
			.isEqualTo(Refused.because(CheckoutRefusal.NOTHING_AVAILABLE));
		assertThat(this.payments.approvedFor(this.customer)).isEmpty();
	}

	private void add(OfferingId offering, int quantity) {
		assertThat(this.addToCart.add(this.customer, offering, quantity))
			.isInstanceOf(dev.centraldistribution.distributor.cart.CartChange.Accepted.class);
	}

	private CheckoutToken checkout() {
		CheckoutSummary summary = this.startCheckout.start(this.customer);
		assertThat(summary.canPlaceOrder()).isTrue();
		return summary.token();
	}

	private static OrderId placed(CheckoutOutcome outcome, boolean repeated) {
		assertThat(outcome).isInstanceOf(Placed.class);
		Placed placed = (Placed) outcome;
		assertThat(placed.repeated()).isEqualTo(repeated);
		return placed.order();
	}

	private void assertStock(OfferingId offering, long available, long soldThroughOrders) {
		assertThat(this.jdbc.sql("select available, sold_total, received_total from offering where id = :id")
			.param("id", offering.value())
			.query((row, number) -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) })
			.single()).satisfies((stock) -> {
				assertThat(stock[0]).as("available").isEqualTo(available);
				assertThat(stock[1] - stock[2] + stock[0]).as("received - sold = available").isZero();
			});
		assertThat(this.jdbc.sql("""
				select coalesce(sum(l.quantity), 0) from order_line l join customer_order o on o.id = l.order_id
				where l.offering_id = :id
				""").param("id", offering.value()).query(Long.class).single()).as("sold through orders")
			.isEqualTo(soldThroughOrders);
	}

}
