package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutMode;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.AnswerOutcome;
import dev.centraldistribution.distributor.orders.AnswerOutcome.AlreadyAnswered;
import dev.centraldistribution.distributor.orders.AnswerOutcome.Applied;
import dev.centraldistribution.distributor.orders.AnswerOutcome.UnknownSubOrder;
import dev.centraldistribution.distributor.orders.AnswerOutcome.WrongManufacturer;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderLineSummary;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.OrderSummary;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderStatus;
import dev.centraldistribution.distributor.orders.SubOrderSummary;
import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
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
class AcknowledgementsMoveOrdersTests {

	@Autowired
	AcknowledgeSubOrder acknowledge;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	OrderHistory history;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	UnansweredSubOrders unanswered;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	OfferingFixtures offerings;

	CustomerId customer;

	String acme;

	String globex;

	String drill;

	String saw;

	String glue;

	OrderId order;

	@BeforeEach
	void placeAnOrderFromTwoManufacturers() {
		this.offerings = new OfferingFixtures(this.jdbc);
		long acmeId = this.offerings.manufacturer("acme", "Acme Tools");
		long globexId = this.offerings.manufacturer("globex", "Globex Industrial");
		this.acme = code(acmeId);
		this.globex = code(globexId);
		this.drill = this.offerings.sku("drill");
		this.saw = this.offerings.sku("saw");
		this.glue = this.offerings.sku("glue");
		OfferingId drill = this.offerings.offering(acmeId, this.drill, "Drill", 12_000, 5);
		OfferingId saw = this.offerings.offering(acmeId, this.saw, "Saw", 4_500, 4);
		OfferingId glue = this.offerings.offering(globexId, this.glue, "Glue", 350, 10);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		this.payments.giveCard(this.customer);
		add(drill, 2);
		add(saw, 1);
		add(glue, 4);
		CheckoutOutcome outcome = this.placeOrder.place(this.customer, this.startCheckout.start(this.customer).token());
		this.order = ((CheckoutOutcome.Placed) outcome).order();
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theOrderIsConfirmedOnceEveryManufacturerAcceptedAndNotBefore() {
		AnswerOutcome first = answer(this.acme, Map.of(this.drill, true, this.saw, true));

		assertThat(first).isInstanceOfSatisfying(Applied.class, (applied) -> {
			assertThat(applied.subOrderStatus()).isEqualTo(SubOrderStatus.ACCEPTED);
			assertThat(applied.orderStatus()).isEqualTo(OrderStatus.PLACED);
			assertThat(applied.refundsDue()).isEmpty();
		});
		assertThat(orderStatus()).isEqualTo(OrderStatus.PLACED);

		answer(this.globex, Map.of(this.glue, true));

		assertThat(orderStatus()).isEqualTo(OrderStatus.CONFIRMED);
		assertThat(subOrderStatuses()).containsOnly(SubOrderStatus.ACCEPTED);
	}

	@Test
	void anAnswerForTheSecondSubOrderBeforeTheFirstWorksToo() {
		answer(this.globex, Map.of(this.glue, true));
		assertThat(orderStatus()).isEqualTo(OrderStatus.PLACED);

		answer(this.acme, Map.of(this.drill, true, this.saw, true));

		assertThat(orderStatus()).isEqualTo(OrderStatus.CONFIRMED);
	}

	@Test
	void theOrderIsRejectedWhenEveryManufacturerRejectedAndEveryLineIsDueARefund() {
		answer(this.acme, Map.of(this.drill, false, this.saw, false));
		AnswerOutcome last = answer(this.globex, Map.of(this.glue, false));

		assertThat(orderStatus()).isEqualTo(OrderStatus.REJECTED);
		assertThat(subOrderStatuses()).containsOnly(SubOrderStatus.REJECTED);
		assertThat(last).isInstanceOfSatisfying(Applied.class,
				(applied) -> assertThat(applied.refundsDue()).singleElement()
					.satisfies((refund) -> assertThat(refund.amountCents()).isEqualTo(4 * 350)));
		assertThat(refundDueAmounts()).containsExactlyInAnyOrder(2 * 12_000L, 4_500L, 4 * 350L);
	}

	@Test
	void aPartlyAcceptedSubOrderIsAcceptedWithItsRejectedLineMarkedAndDueARefund() {
		AnswerOutcome outcome = answer(this.acme, Map.of(this.drill, true, this.saw, false));
		answer(this.globex, Map.of(this.glue, false));

		assertThat(outcome).isInstanceOfSatisfying(Applied.class,
				(applied) -> assertThat(applied.subOrderStatus()).isEqualTo(SubOrderStatus.ACCEPTED));
		assertThat(orderStatus()).isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThat(this.jdbc.sql("select rejection_reason from order_line where sku = :sku")
			.param("sku", this.saw)
			.query(String.class)
			.single()).isEqualTo("only 0 left");
		assertThat(refundDueAmounts()).containsExactlyInAnyOrder(4_500L, 4 * 350L);
	}

	@Test
	void aRepeatedOrConflictingAnswerChangesNothing() {
		String messageId = UUID.randomUUID().toString();
		ManufacturerAnswer accepted = new ManufacturerAnswer(messageId, subOrder(this.acme), this.acme,
				List.of(new LineAnswer(this.drill, true, null), new LineAnswer(this.saw, true, null)));
		assertThat(this.acknowledge.apply(accepted, Instant.now())).isInstanceOf(Applied.class);

		assertThat(this.acknowledge.apply(accepted, Instant.now())).isInstanceOf(AlreadyAnswered.class);
		assertThat(answer(this.acme, Map.of(this.drill, false, this.saw, false))).isInstanceOf(AlreadyAnswered.class);

		assertThat(subOrderStatuses()).containsExactlyInAnyOrder(SubOrderStatus.ACCEPTED, SubOrderStatus.PLACED);
		assertThat(refundDueAmounts()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from order_line where order_id = :id and accepted = true")
			.param("id", this.order.value())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void answersForAnUnknownSubOrderOrFromAnotherManufacturerAreIgnored() {
		ManufacturerAnswer unknown = new ManufacturerAnswer(UUID.randomUUID().toString(),
				new SubOrderId(Long.MAX_VALUE), this.acme, List.of(new LineAnswer(this.drill, true, null)));
		ManufacturerAnswer impostor = new ManufacturerAnswer(UUID.randomUUID().toString(), subOrder(this.acme),
				this.globex, List.of(new LineAnswer(this.drill, false, "no")));

		assertThat(this.acknowledge.apply(unknown, Instant.now())).isInstanceOf(UnknownSubOrder.class);
		assertThat(this.acknowledge.apply(impostor, Instant.now())).isInstanceOf(WrongManufacturer.class);
		assertThat(subOrderStatuses()).containsOnly(SubOrderStatus.PLACED);
		assertThat(refundDueAmounts()).isEmpty();
	}

	@Test
	void theHistoryShowsRejectedLinesWithTheirReasonAndSubOrdersUnansweredPastTheDeadline() {
		this.clock.advance(Duration.ofHours(1));
		long overdueBeforeTheAnswer = this.unanswered.overdue(this.clock.instant());
		answer(this.acme, Map.of(this.drill, true, this.saw, false));

		OrderSummary summary = this.history.find(this.customer, this.order).orElseThrow();

		assertThat(summary.subOrders()).filteredOn((subOrder) -> subOrder.status() == SubOrderStatus.ACCEPTED)
			.singleElement()
			.satisfies((acme) -> {
				assertThat(acme.overdue()).isFalse();
				assertThat(acme.lines()).filteredOn(OrderLineSummary::isRejected).singleElement().satisfies((saw) -> {
					assertThat(saw.sku()).isEqualTo(this.saw);
					assertThat(saw.rejectionReason()).isEqualTo("only 0 left");
					assertThat(saw.refunded()).isFalse();
				});
			});
		assertThat(summary.subOrders()).filteredOn((subOrder) -> subOrder.status() == SubOrderStatus.PLACED)
			.singleElement()
			.satisfies((globex) -> assertThat(globex.overdue()).isTrue());
		assertThat(this.unanswered.overdue(this.clock.instant())).isEqualTo(overdueBeforeTheAnswer - 1);
	}

	@Autowired
	AcknowledgementBooks books;

	@Test
	void eachAcknowledgementKeepsItsLatencyAndTheBooksGiveEachManufacturersMedian() {
		Instant start = Instant.now();
		answer(this.acme, Map.of(this.drill, true, this.saw, true), start.plusSeconds(3));
		answer(this.globex, Map.of(this.glue, true), start.plusSeconds(9));

		Map<String, Duration> medians = this.books.medianLatencyByManufacturer(start.minusSeconds(60), 2_000);

		assertThat(medians.get(this.acme)).as("from the order's placement to the answer's arrival")
			.isBetween(Duration.ofSeconds(3), Duration.ofSeconds(63));
		assertThat(medians.get(this.globex)).isGreaterThanOrEqualTo(medians.get(this.acme).plusSeconds(6));
		assertThat(this.books.medianLatencyByManufacturer(start.plusSeconds(60), 2_000))
			.as("answers that arrived before the window are left out")
			.doesNotContainKeys(this.acme, this.globex);
	}

	private AnswerOutcome answer(String manufacturer, Map<String, Boolean> lines) {
		return answer(manufacturer, lines, Instant.now());
	}

	private AnswerOutcome answer(String manufacturer, Map<String, Boolean> lines, Instant now) {
		List<LineAnswer> answers = lines.entrySet()
			.stream()
			.map((line) -> new LineAnswer(line.getKey(), line.getValue(), line.getValue() ? null : "only 0 left"))
			.toList();
		return this.acknowledge.apply(
				new ManufacturerAnswer(UUID.randomUUID().toString(), subOrder(manufacturer), manufacturer, answers),
				now);
	}

	private SubOrderId subOrder(String manufacturer) {
		return new SubOrderId(
				this.jdbc.sql("select id from sub_order where order_id = :order and manufacturer_code = :code")
					.param("order", this.order.value())
					.param("code", manufacturer)
					.query(Long.class)
					.single());
	}

	private OrderStatus orderStatus() {
		return this.history.find(this.customer, this.order).orElseThrow().status();
	}

	private List<SubOrderStatus> subOrderStatuses() {
		return this.history.find(this.customer, this.order)
			.orElseThrow()
			.subOrders()
			.stream()
			.map(SubOrderSummary::status)
			.toList();
	}

	private List<Long> refundDueAmounts() {
		return this.jdbc.sql("""
				select unit_price_cents * quantity from order_line
				where order_id = :id and refund_due = true and accepted = false""")
			.param("id", this.order.value())
			.query(Long.class)
			.list();
	}

	private String code(long manufacturerId) {
		return this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", manufacturerId)
			.query(String.class)
			.single();
	}

	private void add(OfferingId offering, int quantity) {
		assertThat(this.addToCart.add(this.customer, offering, quantity)).isInstanceOf(CartChange.Accepted.class);
	}

}
