package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.SubOrderShipped;
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
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.CancellationOutcome;
import dev.centraldistribution.distributor.orders.LineRefunds;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderPlaced;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.orders.RefundDue;
import dev.centraldistribution.distributor.orders.RequestCancellation;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.UnansweredSubOrders;
import dev.centraldistribution.distributor.payments.CardFixtures;
import dev.centraldistribution.distributor.payments.CardVault;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = { "distributor.manufacturers[0].code=" + PurchaseConfirmationsOverTheBrokerTests.ACME,
		"distributor.manufacturers[0].name=Confirmations Acme",
		"distributor.manufacturers[0].base-url=http://127.0.0.1:9",
		"distributor.manufacturers[1].code=" + PurchaseConfirmationsOverTheBrokerTests.GLOBEX,
		"distributor.manufacturers[1].name=Confirmations Globex",
		"distributor.manufacturers[1].base-url=http://127.0.0.1:9",
		"distributor.confirmations.refund-retry-interval=1s" })
class PurchaseConfirmationsOverTheBrokerTests {

	static final String ACME = "confirm-tests-acme";

	static final String GLOBEX = "confirm-tests-globex";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	RemindManufacturers remind;

	@Autowired
	UnansweredSubOrders unanswered;

	@Autowired
	Outbox outbox;

	@Autowired
	TestClock clock;

	@Autowired
	RequestCancellation cancellation;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	AddToCart addToCart;

	@Autowired
	OrderHistory history;

	@Autowired
	CardVault cards;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MeterRegistry meters;

	@Autowired
	RejectedLineRefunds refunds;

	@Autowired
	LineRefunds lineRefunds;

	ManufacturerDouble acme;

	ManufacturerDouble globex;

	CustomerId customer;

	String drill;

	String saw;

	String glue;

	OrderId order;

	@BeforeEach
	void placeAnOrderFromBothManufacturers() {
		this.acme = new ManufacturerDouble(this.rabbit, this.json, ACME);
		this.globex = new ManufacturerDouble(this.rabbit, this.json, GLOBEX);
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		this.drill = offerings.sku("drill");
		this.saw = offerings.sku("saw");
		this.glue = offerings.sku("glue");
		OfferingId drill = offerings.offering(manufacturerId(ACME), this.drill, "Drill", 12_000, 5);
		OfferingId saw = offerings.offering(manufacturerId(ACME), this.saw, "Saw", 4_500, 4);
		OfferingId glue = offerings.offering(manufacturerId(GLOBEX), this.glue, "Glue", 350, 10);
		this.customer = new CustomerFixtures(this.jdbc).customer("Ada").id();
		new CardFixtures(this.cards).approving(this.customer);
		add(drill, 2);
		add(saw, 1);
		add(glue, 4);
		CheckoutOutcome outcome = this.placeOrder.place(this.customer, this.startCheckout.start(this.customer).token());
		assertThat(outcome).isInstanceOf(CheckoutOutcome.Placed.class);
		this.order = ((CheckoutOutcome.Placed) outcome).order();
	}

	@AfterAll
	void removeQueues() {
		for (String code : List.of(ACME, GLOBEX)) {
			this.admin.deleteQueue(MessagingTopology.purchasesQueue(code));
			this.admin.deleteQueue(MessagingTopology.deadLetterQueue(code));
		}
	}

	@Test
	void eachManufacturerIsSentOneConfirmationOfItsSubOrder() {
		ManufacturerDouble.Received received = this.acme.confirmationOf(this.order.value());

		PurchaseConfirmation confirmation = received.confirmation();
		assertThat(confirmation.messageId()).isEqualTo("purchase-" + confirmation.subOrderId());
		assertThat(received.message().getMessageProperties().getMessageId()).isEqualTo(confirmation.messageId());
		assertThat(received.message().getMessageProperties().getType()).isEqualTo(PurchaseConfirmation.TYPE);
		assertThat(confirmation.manufacturerCode()).isEqualTo(ACME);
		assertThat(confirmation.schemaVersion()).isEqualTo(PurchaseConfirmation.SCHEMA_VERSION);
		assertThat(confirmation.lines()).extracting(PurchaseConfirmation.Line::sku)
			.containsExactlyInAnyOrder(this.drill, this.saw);
		assertThat(confirmation.lines()).filteredOn((line) -> line.sku().equals(this.drill))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.quantity()).isEqualTo(2);
				assertThat(line.unitPriceCents()).isEqualTo(12_000);
			});
		assertThat(this.globex.confirmationOf(this.order.value()).confirmation().lines())
			.extracting(PurchaseConfirmation.Line::sku)
			.containsExactly(this.glue);
		assertThat(this.jdbc.sql("select count(*) from outbox_message where message_id in (:ids)")
			.param("ids", subOrderIds().stream().map((id) -> "purchase-" + id).toList())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aCheckoutThatRollsBackSendsNoConfirmation() {
		SubOrderId subOrder = new SubOrderId(Long.MAX_VALUE - 1);
		OrderPlaced placed = new OrderPlaced(this.order, this.customer, Instant.now(), 350, "EUR",
				List.of(new OrderPlaced.SubOrder(subOrder, GLOBEX, 350,
						List.of(new OrderPlaced.Line(new OfferingId(1), this.glue, 1, 350)))));

		this.transactions.executeWithoutResult((status) -> {
			this.events.publishEvent(placed);
			assertThat(outboxRows(subOrder)).isEqualTo(1);
			status.setRollbackOnly();
		});

		assertThat(outboxRows(subOrder)).isZero();
	}

	@Test
	void theOrderIsConfirmedWhenBothManufacturersAcceptEvenTheSecondSubOrderFirst() {
		PurchaseConfirmation fromGlobex = this.globex.confirmationOf(this.order.value()).confirmation();
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();

		this.globex.acknowledge(fromGlobex, List.of());
		await().atMost(PATIENCE).until(() -> subOrderStatus(fromGlobex.subOrderId()).equals("ACCEPTED"));
		assertThat(orderStatus()).isEqualTo(OrderStatus.PLACED);
		this.acme.acknowledge(fromAcme, List.of());

		await().atMost(PATIENCE).until(() -> orderStatus() == OrderStatus.CONFIRMED);
		assertThat(registries().flatMap((registry) -> registry.find(ConfirmationMetrics.LATENCY).timers().stream())
			.mapToLong(Timer::count)
			.sum()).isPositive();
		assertThat(registries().map((registry) -> registry.find(ConfirmationMetrics.OVERDUE).gauge()))
			.anySatisfy((gauge) -> assertThat(gauge).isNotNull());
	}

	@Test
	void shipmentAndDeliveryReportsMoveTheSubOrderOnceEvenWhenRedelivered() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		PurchaseConfirmation fromGlobex = this.globex.confirmationOf(this.order.value()).confirmation();
		this.acme.acknowledge(fromAcme, List.of());
		this.globex.acknowledge(fromGlobex, List.of());
		await().atMost(PATIENCE).until(() -> orderStatus() == OrderStatus.CONFIRMED);

		SubOrderShipped shipped = this.acme.ship(fromAcme);
		await().atMost(PATIENCE).until(() -> subOrderStatus(fromAcme.subOrderId()).equals("SHIPPED"));
		assertThat(orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
		this.acme.send(shipped);
		this.acme.deliver(fromAcme);
		await().atMost(PATIENCE).until(() -> subOrderStatus(fromAcme.subOrderId()).equals("DELIVERED"));

		assertThat(this.jdbc.sql("select event from sub_order_event where sub_order_id = :id order by id")
			.param("id", fromAcme.subOrderId())
			.query(String.class)
			.list()).containsExactly("ACCEPTED", "SHIPPED", "DELIVERED");
		assertThat(this.jdbc.sql("select tracking_number from sub_order where id = :id")
			.param("id", fromAcme.subOrderId())
			.query(String.class)
			.single()).isEqualTo("PW-" + fromAcme.subOrderId());
		assertThat(orderStatus()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
	}

	@Test
	void aSubOrderWhoseAnswerWasLostIsAskedAgainPastTheDeadlineWithGrowingPausesUntilAnswered() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		PurchaseConfirmation fromGlobex = this.globex.confirmationOf(this.order.value()).confirmation();
		this.globex.acknowledge(fromGlobex, List.of());
		await().atMost(PATIENCE).until(() -> subOrderStatus(fromGlobex.subOrderId()).equals("ACCEPTED"));
		SubOrderId acmeSubOrder = new SubOrderId(fromAcme.subOrderId());
		Duration deadline = this.unanswered.deadline();
		try {
			// acme applied the purchase, but its answer never arrived.
			this.remind.remindWhereDue();
			assertThat(remindersOf(acmeSubOrder)).as("not overdue before the deadline").isZero();
			this.clock.advance(deadline.plusSeconds(1));
			this.remind.remindWhereDue();

			PurchaseConfirmation again = this.acme.confirmationOf(this.order.value()).confirmation();
			assertThat(again.messageId()).isEqualTo(fromAcme.messageId());
			assertThat(remindersOf(acmeSubOrder)).isEqualTo(1);
			this.remind.remindWhereDue();
			assertThat(remindersOf(acmeSubOrder)).as("the next reminder waits a deadline").isEqualTo(1);
			this.clock.advance(deadline.plusSeconds(1));
			this.remind.remindWhereDue();
			assertThat(remindersOf(acmeSubOrder)).isEqualTo(2);
			assertThat(this.remind.pauseAfter(2)).isEqualTo(deadline.multipliedBy(2));
			this.acme.confirmationOf(this.order.value());

			this.acme.acknowledge(again, List.of());
			await().atMost(PATIENCE).until(() -> orderStatus() == OrderStatus.CONFIRMED);
			this.clock.advance(Duration.ofDays(1));
			this.remind.remindWhereDue();
			assertThat(remindersOf(acmeSubOrder)).as("an answered sub-order is not asked again").isEqualTo(2);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aConfirmationTheRelayHasNotSentYetIsNotSentAgain() {
		SubOrderId subOrder = new SubOrderId(subOrderIds().get(0));
		this.transactions.executeWithoutResult((
				status) -> assertThat(this.outbox.sendAgain("purchase-never-sent")).as("an unknown message").isFalse());
		this.acme.confirmationOf(this.order.value());
		this.jdbc.sql("update outbox_message set sent_at = null where message_id = :id")
			.param("id", "purchase-" + subOrder.value())
			.update();

		this.transactions.executeWithoutResult(
				(status) -> assertThat(this.outbox.sendAgain("purchase-" + subOrder.value())).isFalse());
	}

	@Test
	void aRejectedLineIsRefundedOnceAndARepeatedAcknowledgementChangesNothing() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		PurchaseConfirmation fromGlobex = this.globex.confirmationOf(this.order.value()).confirmation();
		double duplicatesBefore = duplicates();

		PurchaseAcknowledgement ack = this.acme.acknowledge(fromAcme, List.of(this.saw));
		this.globex.acknowledge(fromGlobex, List.of(this.glue));

		await().atMost(PATIENCE).until(() -> orderStatus() == OrderStatus.PARTIALLY_CONFIRMED);
		await().atMost(PATIENCE).until(() -> refunded(this.saw) && refunded(this.glue));
		assertThat(refundedCents()).isEqualTo(4_500 + 4 * 350);
		assertThat(subOrderStatus(fromAcme.subOrderId())).isEqualTo("ACCEPTED");
		assertThat(subOrderStatus(fromGlobex.subOrderId())).isEqualTo("REJECTED");

		this.acme.send(ack);

		await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
		assertThat(orderStatus()).isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThat(refundedCents()).isEqualTo(4_500 + 4 * 350);
		assertThat(this.jdbc
			.sql("select count(*) from payment_refund where idempotency_key like 'refund-line-%' "
					+ "and authorization_reference = (select payment_reference from customer_order where id = :id)")
			.param("id", this.order.value())
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aPartCancelledBeforeItShipsIsRefundedOnceAndTheSameCancelTwiceChangesNothing() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		PurchaseConfirmation fromGlobex = this.globex.confirmationOf(this.order.value()).confirmation();
		this.acme.acknowledge(fromAcme, List.of());
		this.globex.acknowledge(fromGlobex, List.of());
		await().atMost(PATIENCE).until(() -> orderStatus() == OrderStatus.CONFIRMED);
		SubOrderId acmePart = new SubOrderId(fromAcme.subOrderId());

		assertThat(this.cancellation.request(this.customer, this.order, acmePart))
			.isInstanceOf(CancellationOutcome.Requested.class);
		assertThat(this.cancellation.request(this.customer, this.order, acmePart))
			.isInstanceOf(CancellationOutcome.AlreadyRequested.class);
		PurchaseCancellation cancellation = this.acme.cancellationOf(fromAcme.subOrderId());
		assertThat(cancellation.confirmationId()).isEqualTo(fromAcme.messageId());
		CancellationAnswer answer = this.acme.answer(cancellation, true);

		await().atMost(PATIENCE).until(() -> refunded(this.drill) && refunded(this.saw));
		assertThat(subOrderStatus(fromAcme.subOrderId())).isEqualTo("CANCELLED");
		assertThat(orderStatus()).isEqualTo(OrderStatus.PARTIALLY_CONFIRMED);
		assertThat(refundedCents()).isEqualTo(2 * 12_000 + 4_500);
		double duplicatesBefore = this.meters.counter(ConfirmationMetrics.REPORTS, "outcome", "duplicate").count();
		this.acme.send(answer);
		await().atMost(PATIENCE)
			.until(() -> this.meters.counter(ConfirmationMetrics.REPORTS, "outcome", "duplicate")
				.count() > duplicatesBefore);
		assertThat(refundedCents()).isEqualTo(2 * 12_000 + 4_500);
		assertThat(outboxRowsNamed("cancellation-" + acmePart.value())).isOne();
		assertThat(this.cancellation.request(this.customer, this.order, acmePart))
			.isInstanceOf(CancellationOutcome.AlreadyRequested.class);
	}

	@Test
	void aCancelThatCrossesTheShipmentIsTooLateAndNothingIsRefunded() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		this.acme.acknowledge(fromAcme, List.of());
		await().atMost(PATIENCE).until(() -> subOrderStatus(fromAcme.subOrderId()).equals("ACCEPTED"));
		SubOrderId acmePart = new SubOrderId(fromAcme.subOrderId());

		this.cancellation.request(this.customer, this.order, acmePart);
		this.acme.ship(fromAcme);
		this.acme.answer(this.acme.cancellationOf(fromAcme.subOrderId()), false);

		await().atMost(PATIENCE).until(() -> timeline(acmePart).containsAll(List.of("SHIPPED", "CANCEL_REFUSED")));
		assertThat(subOrderStatus(fromAcme.subOrderId())).isEqualTo("SHIPPED");
		assertThat(refundedCents()).isZero();
		assertThat(this.cancellation.request(this.customer, this.order, acmePart))
			.isInstanceOf(CancellationOutcome.TooLate.class);
	}

	@Test
	void aCancelThatCrossesTheAcknowledgementRefundsEachLineOnce() {
		PurchaseConfirmation fromAcme = this.acme.confirmationOf(this.order.value()).confirmation();
		SubOrderId acmePart = new SubOrderId(fromAcme.subOrderId());
		this.cancellation.request(this.customer, this.order, acmePart);

		this.acme.acknowledge(fromAcme, List.of(this.saw));
		await().atMost(PATIENCE).until(() -> refunded(this.saw));
		assertThat(subOrderStatus(fromAcme.subOrderId())).isEqualTo("CANCEL_REQUESTED");
		this.acme.answer(this.acme.cancellationOf(fromAcme.subOrderId()), true);

		await().atMost(PATIENCE).until(() -> refunded(this.drill));
		assertThat(subOrderStatus(fromAcme.subOrderId())).isEqualTo("CANCELLED");
		assertThat(refundedCents()).isEqualTo(2 * 12_000 + 4_500);
		assertThat(timeline(acmePart)).containsExactly("CANCEL_REQUESTED", "ACCEPTED", "CANCEL_CONFIRMED");
	}

	@Test
	void aRefundTheGatewayRefusesIsRecordedAndNotRetried() {
		long sawLine = this.jdbc.sql("select id from order_line where order_id = :id and sku = :sku")
			.param("id", this.order.value())
			.param("sku", this.saw)
			.query(Long.class)
			.single();
		this.jdbc.sql("update order_line set accepted = false, refund_due = true where id = :id")
			.param("id", sawLine)
			.update();
		RefundDue tooMuch = new RefundDue(sawLine, paymentReference(), 1_000_000_000);

		assertThat(this.refunds.refund(List.of(tooMuch))).isZero();

		assertThat(this.jdbc.sql("select refund_refused from order_line where id = :id")
			.param("id", sawLine)
			.query(String.class)
			.single()).isNotBlank();
		assertThat(this.lineRefunds.refundsDue(Integer.MAX_VALUE)).extracting(RefundDue::orderLineId)
			.doesNotContain(sawLine);
		assertThat(refundedCents()).isZero();
	}

	@Test
	void anUnreadableAcknowledgementIsDroppedNotRedeliveredForever() {
		double unreadableBefore = counted("unreadable");

		this.acme.sendRaw("{not json".getBytes(), UUID.randomUUID().toString(), "purchase-1");

		await().atMost(PATIENCE).until(() -> counted("unreadable") > unreadableBefore);
		assertThat(this.admin.getQueueInfo(MessagingTopology.ACKNOWLEDGEMENTS_QUEUE).getMessageCount()).isZero();
	}

	private int remindersOf(SubOrderId subOrder) {
		return this.jdbc.sql("select coalesce(max(reminders), 0) from purchase_reminder where sub_order_id = :id")
			.param("id", subOrder.value())
			.query(Integer.class)
			.single();
	}

	private double duplicates() {
		return counted("duplicate");
	}

	/**
	 * Sums over every context of this JVM: on a shared RabbitMQ any of them may consume
	 * the message. A registry can hold another's meters too, so compare, never equal.
	 */
	private double counted(String outcome) {
		return registries()
			.flatMap((registry) -> registry.find(ConfirmationMetrics.ACKNOWLEDGEMENTS)
				.tag("outcome", outcome)
				.counters()
				.stream())
			.mapToDouble(Counter::count)
			.sum();
	}

	private Stream<MeterRegistry> registries() {
		Set<MeterRegistry> registries = new HashSet<>(Metrics.globalRegistry.getRegistries());
		registries.add(this.meters);
		return registries.stream();
	}

	private boolean refunded(String sku) {
		return this.jdbc.sql("select refunded_at is not null from order_line where order_id = :id and sku = :sku")
			.param("id", this.order.value())
			.param("sku", sku)
			.query(Boolean.class)
			.single();
	}

	private long refundedCents() {
		return this.jdbc.sql("""
				select refunded_cents from payment_authorization
				where reference = (select payment_reference from customer_order where id = :id)""")
			.param("id", this.order.value())
			.query(Long.class)
			.single();
	}

	private String paymentReference() {
		return this.jdbc.sql("select payment_reference from customer_order where id = :id")
			.param("id", this.order.value())
			.query(String.class)
			.single();
	}

	private long outboxRowsNamed(String messageId) {
		return this.jdbc.sql("select count(*) from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single();
	}

	private List<String> timeline(SubOrderId subOrder) {
		return this.jdbc.sql("select event from sub_order_event where sub_order_id = :id order by id")
			.param("id", subOrder.value())
			.query(String.class)
			.list();
	}

	private long outboxRows(SubOrderId subOrder) {
		return this.jdbc.sql("select count(*) from outbox_message where message_id = :id")
			.param("id", "purchase-" + subOrder.value())
			.query(Long.class)
			.single();
	}

	private List<Long> subOrderIds() {
		return this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", this.order.value())
			.query(Long.class)
			.list();
	}

	private String subOrderStatus(long subOrder) {
		return this.jdbc.sql("select status from sub_order where id = :id")
			.param("id", subOrder)
			.query(String.class)
			.single();
	}

	private OrderStatus orderStatus() {
		return this.history.find(this.customer, this.order).orElseThrow().status();
	}

	private long manufacturerId(String code) {
		return this.jdbc.sql("select id from manufacturer where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private void add(OfferingId offering, int quantity) {
		assertThat(this.addToCart.add(this.customer, offering, quantity)).isInstanceOf(CartChange.Accepted.class);
	}

}
