package dev.centraldistribution.distributor.orderchanges;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged.Change;
import dev.centraldistribution.distributor.orders.AnswerSubOrder;
import dev.centraldistribution.distributor.orders.LineAnswer;
import dev.centraldistribution.distributor.orders.LineRefunds;
import dev.centraldistribution.distributor.orders.MoveSubOrder;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.RefundDue;
import dev.centraldistribution.distributor.orders.RequestCancellation;
import dev.centraldistribution.distributor.orders.SubOrderEvent;
import dev.centraldistribution.distributor.orders.SubOrderId;
import dev.centraldistribution.distributor.orders.SubOrderMessage;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGateway;
import dev.centraldistribution.distributor.payments.InMemoryPaymentGatewayConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Which commits announce an order change, through the broker and back to this instance as
 * {@link OrdersChanged}, and that each change names the order's own customer.
 */
@Import({ InMemoryPaymentGatewayConfiguration.class, OrderChangesAfterCommitTests.Recording.class })
@SpringBootTest
class OrderChangesAfterCommitTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	AnswerSubOrder answer;

	@Autowired
	MoveSubOrder move;

	@Autowired
	RequestCancellation cancellation;

	@Autowired
	LineRefunds refunds;

	@Autowired
	AddToCart addToCart;

	@Autowired
	StartCheckout startCheckout;

	@Autowired
	PlaceOrder placeOrder;

	@Autowired
	InMemoryPaymentGateway payments;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recorder recorder;

	OfferingFixtures offerings;

	String acme;

	long acmeId;

	@BeforeEach
	void manufacturer() {
		this.offerings = new OfferingFixtures(this.jdbc);
		this.acmeId = this.offerings.manufacturer("acme", "Acme Tools");
		this.acme = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", this.acmeId)
			.query(String.class)
			.single();
	}

	@Test
	void eachStatusChangeIsAnnouncedWithTheOrdersOwnCustomer() {
		CustomerId ada = customer("Ada");
		CustomerId bob = customer("Bob");
		String sku = this.offerings.sku("drill");
		OfferingId drill = offering(sku);
		OrderId adas = buy(ada, drill);
		OrderId bobs = buy(bob, drill);
		SubOrderId adasPart = subOrderOf(adas);

		this.answer.answer(adasPart, this.acme, List.of(new LineAnswer(sku, true, null)));
		awaitChange(new Change(adas, ada));

		this.recorder.changes.clear();
		this.cancellation.request(bob, bobs, null);
		awaitChange(new Change(bobs, bob));
		assertThat(this.recorder.changes).as("Bob's order is never announced as Ada's")
			.noneMatch((change) -> change.order().equals(bobs) && !change.customer().equals(bob));

		this.recorder.changes.clear();
		report(adasPart, SubOrderEvent.SHIPPED);
		awaitChange(new Change(adas, ada));
	}

	@Test
	void aRefundIsAnnounced() {
		CustomerId ada = customer("Ada");
		String sku = this.offerings.sku("lamp");
		OrderId order = buy(ada, offering(sku));
		this.answer.answer(subOrderOf(order), this.acme, List.of(new LineAnswer(sku, false, "only 0 left")));
		awaitChange(new Change(order, ada));
		this.recorder.changes.clear();

		RefundDue refund = this.refunds.refundsDue(1000)
			.stream()
			.filter((due) -> lineOf(order) == due.orderLineId())
			.findFirst()
			.orElseThrow();
		this.refunds.markRefunded(refund, Instant.now());

		awaitChange(new Change(order, ada));
	}

	@Test
	void aRolledBackChangeIsNotAnnounced() {
		CustomerId ada = customer("Ada");
		CustomerId bob = customer("Bob");
		String sku = this.offerings.sku("glue");
		OfferingId glue = offering(sku);
		OrderId adas = buy(ada, glue);
		OrderId bobs = buy(bob, glue);
		awaitQuiet();
		this.recorder.changes.clear();

		this.transactions.executeWithoutResult((status) -> {
			this.answer.answer(subOrderOf(adas), this.acme, List.of(new LineAnswer(sku, true, null)));
			status.setRollbackOnly();
		});
		this.answer.answer(subOrderOf(bobs), this.acme, List.of(new LineAnswer(sku, true, null)));

		awaitChange(new Change(bobs, bob));
		assertThat(this.recorder.changes).extracting(Change::order).doesNotContain(adas);
	}

	private void awaitChange(Change change) {
		await().atMost(PATIENCE).until(() -> this.recorder.changes.contains(change));
	}

	/** Placing an order announces nothing itself; wait out any flush still on its way. */
	private void awaitQuiet() {
		await().pollDelay(Duration.ofMillis(600)).atMost(PATIENCE).until(() -> true);
	}

	private CustomerId customer(String name) {
		CustomerId customer = new CustomerFixtures(this.jdbc).customer(name).id();
		this.payments.giveCard(customer);
		return customer;
	}

	private OfferingId offering(String sku) {
		return this.offerings.offering(this.acmeId, sku, "Thing " + sku, 1_000, 100);
	}

	private OrderId buy(CustomerId customer, OfferingId offering) {
		this.addToCart.add(customer, offering, 1);
		CheckoutOutcome outcome = this.placeOrder.place(customer, this.startCheckout.start(customer).token());
		return ((CheckoutOutcome.Placed) outcome).order();
	}

	private SubOrderId subOrderOf(OrderId order) {
		return new SubOrderId(this.jdbc.sql("select id from sub_order where order_id = :id")
			.param("id", order.value())
			.query(Long.class)
			.single());
	}

	private long lineOf(OrderId order) {
		return this.jdbc.sql("select id from order_line where order_id = :id")
			.param("id", order.value())
			.query(Long.class)
			.single();
	}

	private void report(SubOrderId subOrder, SubOrderEvent event) {
		this.move.apply(new SubOrderMessage(UUID.randomUUID().toString(), subOrder, this.acme, event, null));
	}

	static class Recorder {

		final List<Change> changes = new CopyOnWriteArrayList<>();

		@EventListener
		void on(OrdersChanged changed) {
			this.changes.addAll(changed.changes());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Recording {

		@Bean
		Recorder orderChangesRecorder() {
			return new Recorder();
		}

	}

}
