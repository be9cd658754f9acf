package dev.centraldistribution.distributor.orders;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.EventOutcome.Applied;
import dev.centraldistribution.distributor.orders.EventOutcome.Duplicate;
import dev.centraldistribution.distributor.orders.EventOutcome.Refused;
import dev.centraldistribution.distributor.orders.EventOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.orders.EventOutcome.WrongManufacturer;
import dev.centraldistribution.distributor.orders.SubOrderMessage.Shipment;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@Import(InMemoryPaymentGatewayConfiguration.class)
@SpringBootTest
class SubOrderMessagesApplyOnceAndNeverBackwardsTests {

	@Autowired
	MoveSubOrder move;

	@Autowired
	AnswerSubOrder answer;

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
	MeterRegistry meters;

	@Autowired
	RequestCancellation cancellation;

	@Autowired
	SalesReport sales;

	@Autowired
	JdbcClient jdbc;

	CustomerId customer;

	String acme;

	String globex;

	String drill;

	OrderId order;

	@BeforeEach
	void placeAnOrderFromTwoManufacturers() {
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		long acmeId = offerings.manufacturer("acme", "Acme Tools");
		long globexId = offerings.manufacturer("globex", "Globex");
		this.acme = code(acmeId);
		this.globex = code(globexId);
		this.drill = offerings.sku("drill");
		OfferingId drill = offerings.offering(acmeId, this.drill, "Drill", 12_000, 5);
		OfferingId glue = offerings.offering(globexId, offerings.sku("glue"), "Glue", 350, 10);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(this.customer);
		this.addToCart.add(this.customer, drill, 1);
		this.addToCart.add(this.customer, glue, 2);
		CheckoutOutcome outcome = this.placeOrder.place(this.customer, this.startCheckout.start(this.customer).token());
		this.order = ((CheckoutOutcome.Placed) outcome).order();
	}

	@Test
	void aSubOrderGoesToTheDoorAndTheOrderFollowsIt() {
		accept(this.acme);
		accept(this.globex);

		assertThat(report(this.acme, SubOrderEvent.SHIPPED)).isInstanceOfSatisfying(Applied.class,
				(applied) -> assertThat(applied.orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED));
		report(this.globex, SubOrderEvent.SHIPPED);
		assertThat(orderStatus()).isEqualTo(OrderStatus.SHIPPED);
		report(this.acme, SubOrderEvent.DELIVERED);
		report(this.globex, SubOrderEvent.DELIVERED);

		assertThat(orderStatus()).isEqualTo(OrderStatus.DELIVERED);
		assertThat(status(this.acme)).isEqualTo(SubOrderStatus.DELIVERED);
		assertThat(this.jdbc.sql("select carrier, tracking_number from sub_order where id = :id")
			.param("id", subOrder(this.acme).value())
			.query((row, number) -> row.getString("carrier") + " " + row.getString("tracking_number"))
			.single()).isEqualTo("Parcelways PW-" + this.acme);
		assertThat(timeline(this.acme)).containsExactly("ACCEPTED", "SHIPPED", "DELIVERED");
	}

	@Test
	void aRedeliveredMessageIsAppliedOnce() {
		accept(this.acme);
		SubOrderMessage shipped = message(this.acme, SubOrderEvent.SHIPPED);
		double duplicatesBefore = count(SubOrderEvent.SHIPPED, "duplicate");

		assertThat(this.move.apply(shipped)).isInstanceOf(Applied.class);
		assertThat(this.move.apply(shipped)).isInstanceOf(Duplicate.class);

		assertThat(timeline(this.acme)).containsExactly("ACCEPTED", "SHIPPED");
		assertThat(count(SubOrderEvent.SHIPPED, "duplicate")).isEqualTo(duplicatesBefore + 1);
	}

	@Test
	void aLateMessageNeverMovesASubOrderBackAndIsCounted() {
		accept(this.acme);
		report(this.acme, SubOrderEvent.DELIVERED);
		double refusedBefore = count(SubOrderEvent.SHIPPED, "refused");

		assertThat(report(this.acme, SubOrderEvent.SHIPPED)).isEqualTo(new Refused(SubOrderStatus.DELIVERED));

		assertThat(status(this.acme)).isEqualTo(SubOrderStatus.DELIVERED);
		assertThat(timeline(this.acme)).containsExactly("ACCEPTED", "DELIVERED");
		assertThat(count(SubOrderEvent.SHIPPED, "refused")).isEqualTo(refusedBefore + 1);
	}

	@Test
	void aShipmentBeforeTheAcknowledgementShipsAndTheLateAcknowledgementStillAnswersTheLines() {
		report(this.acme, SubOrderEvent.SHIPPED);

		assertThat(this.answer.answer(subOrder(this.acme), this.acme, List.of(new LineAnswer(this.drill, true, null))))
			.isInstanceOfSatisfying(AnswerOutcome.Applied.class,
					(applied) -> assertThat(applied.subOrderStatus()).isEqualTo(SubOrderStatus.SHIPPED));

		assertThat(status(this.acme)).isEqualTo(SubOrderStatus.SHIPPED);
		assertThat(this.jdbc.sql("select accepted from order_line where sub_order_id = :id")
			.param("id", subOrder(this.acme).value())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anEventTheTableRefusesChangesNothing() {
		this.answer.answer(subOrder(this.acme), this.acme, List.of(new LineAnswer(this.drill, false, "gone")));

		assertThat(report(this.acme, SubOrderEvent.SHIPPED)).isEqualTo(new Refused(SubOrderStatus.REJECTED));
		assertThat(report(this.acme, SubOrderEvent.CANCEL_CONFIRMED)).isEqualTo(new Refused(SubOrderStatus.REJECTED));

		assertThat(status(this.acme)).isEqualTo(SubOrderStatus.REJECTED);
		assertThat(timeline(this.acme)).containsExactly("REJECTED");
	}

	@Test
	void reportsAboutUnknownOrOthersSubOrdersAreIgnored() {
		assertThat(this.move.apply(new SubOrderMessage(UUID.randomUUID().toString(), new SubOrderId(Long.MAX_VALUE),
				this.acme, SubOrderEvent.SHIPPED, null)))
			.isInstanceOf(UnknownSubOrder.class);
		assertThat(this.move.apply(new SubOrderMessage(UUID.randomUUID().toString(), subOrder(this.acme), this.globex,
				SubOrderEvent.SHIPPED, null)))
			.isInstanceOf(WrongManufacturer.class);
		assertThat(status(this.acme)).isEqualTo(SubOrderStatus.PLACED);
	}

	@Test
	void aCancelledPartIsRefundableOnceAndLeavesTheSalesReport() {
		accept(this.acme);
		Instant placed = this.history.find(this.customer, this.order).orElseThrow().placedAt();

		assertThat(this.cancellation.request(this.customer, this.order, subOrder(this.acme)))
			.isInstanceOf(CancellationOutcome.Requested.class);
		assertThat(report(this.acme, SubOrderEvent.CANCEL_CONFIRMED)).isInstanceOfSatisfying(Applied.class,
				(applied) -> assertThat(applied.refundsDue()).singleElement()
					.satisfies((refund) -> assertThat(refund.amountCents()).isEqualTo(12_000)));
		assertThat(report(this.acme, SubOrderEvent.CANCEL_CONFIRMED)).as("another answer: recorded, refunds nothing")
			.isInstanceOfSatisfying(Applied.class, (applied) -> {
				assertThat(applied.to()).isEqualTo(SubOrderStatus.CANCELLED);
				assertThat(applied.refundsDue()).isEmpty();
			});

		assertThat(orderStatus()).isEqualTo(OrderStatus.PLACED);
		assertThat(this.sales.between(placed, placed.plusSeconds(1))).extracting(SalesReport.ProductSales::sku)
			.doesNotContain(this.drill)
			.isNotEmpty();
	}

	@Test
	void aCancelledPartsUnitsAreBackOnSaleAtOnceAndOnlyOnce() {
		accept(this.acme);
		Stock before = stockOf(this.drill);
		this.cancellation.request(this.customer, this.order, subOrder(this.acme));

		report(this.acme, SubOrderEvent.CANCEL_CONFIRMED);
		report(this.acme, SubOrderEvent.CANCEL_CONFIRMED);

		Stock after = stockOf(this.drill);
		assertThat(after.available()).as("the one drill is back").isEqualTo(before.available() + 1);
		assertThat(after.received()).as("received moves with available").isEqualTo(before.received() + 1);
		assertThat(after.sold()).as("the sale stays counted, as the manufacturer's applied total does")
			.isEqualTo(before.sold());
	}

	@Test
	void aPartCancelledBeforeItsAcknowledgementPutsNothingBackUntilThePull() {
		Stock before = stockOf(this.drill);
		this.cancellation.request(this.customer, this.order, subOrder(this.acme));

		report(this.acme, SubOrderEvent.CANCEL_CONFIRMED);

		assertThat(stockOf(this.drill)).as("whether the manufacturer had taken the units is not known yet")
			.isEqualTo(before);
	}

	private Stock stockOf(String sku) {
		return this.jdbc.sql("select available, received_total, sold_total from offering where sku = :sku")
			.param("sku", sku)
			.query((row, number) -> new Stock(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

	private record Stock(long available, long received, long sold) {
	}

	private void accept(String manufacturer) {
		SubOrderId subOrder = subOrder(manufacturer);
		List<LineAnswer> lines = this.jdbc.sql("select sku from order_line where sub_order_id = :id")
			.param("id", subOrder.value())
			.query((row, number) -> new LineAnswer(row.getString("sku"), true, null))
			.list();
		assertThat(this.answer.answer(subOrder, manufacturer, lines)).isInstanceOf(AnswerOutcome.Applied.class);
	}

	private EventOutcome report(String manufacturer, SubOrderEvent event) {
		return this.move.apply(message(manufacturer, event));
	}

	private SubOrderMessage message(String manufacturer, SubOrderEvent event) {
		Shipment shipment = (event == SubOrderEvent.SHIPPED) ? new Shipment("Parcelways", "PW-" + manufacturer) : null;
		return new SubOrderMessage(UUID.randomUUID().toString(), subOrder(manufacturer), manufacturer, event, shipment);
	}

	private double count(SubOrderEvent event, String outcome) {
		return this.meters.counter(TransitionMetrics.TRANSITIONS, "event", event.name(), "outcome", outcome).count();
	}

	private SubOrderId subOrder(String manufacturer) {
		return new SubOrderId(
				this.jdbc.sql("select id from sub_order where order_id = :order and manufacturer_code = :code")
					.param("order", this.order.value())
					.param("code", manufacturer)
					.query(Long.class)
					.single());
	}

	private SubOrderStatus status(String manufacturer) {
		return this.jdbc.sql("select status from sub_order where id = :id")
			.param("id", subOrder(manufacturer).value())
			.query((row, number) -> SubOrderStatus.valueOf(row.getString("status")))
			.single();
	}

	private List<String> timeline(String manufacturer) {
		return this.jdbc.sql("select event from sub_order_event where sub_order_id = :id order by id")
			.param("id", subOrder(manufacturer).value())
			.query(String.class)
			.list();
	}

	private OrderStatus orderStatus() {
		return this.history.find(this.customer, this.order).orElseThrow().status();
	}

	private String code(long manufacturerId) {
		return this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturerId)
			.query(String.class)
			.single();
	}

}
