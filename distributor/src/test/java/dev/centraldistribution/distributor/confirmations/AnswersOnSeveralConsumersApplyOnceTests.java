package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.distributor.cart.AddToCart;
import dev.centraldistribution.distributor.cart.CartChange;
import dev.centraldistribution.distributor.catalog.OfferingFixtures;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.checkout.CheckoutOutcome;
import dev.centraldistribution.distributor.checkout.PlaceOrder;
import dev.centraldistribution.distributor.checkout.StartCheckout;
import dev.centraldistribution.distributor.customers.CustomerFixtures;
import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orders.OrderHistory;
import dev.centraldistribution.distributor.orders.OrderId;
import dev.centraldistribution.distributor.orders.OrderStatus;
import dev.centraldistribution.distributor.payments.CardFixtures;
import dev.centraldistribution.distributor.payments.CardVault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The manufacturers' answers are consumed by several consumers of one instance
 * ({@code distributor.adapters.native.answers.consumers}): acknowledgements and reports
 * of many orders, each sent twice at once, still move every sub-order once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(properties = { "distributor.manufacturers[0].code=" + AnswersOnSeveralConsumersApplyOnceTests.ACME,
		"distributor.manufacturers[0].name=Consumers Acme", "distributor.manufacturers[0].base-url=http://127.0.0.1:9",
		"distributor.manufacturers[1].code=" + AnswersOnSeveralConsumersApplyOnceTests.GLOBEX,
		"distributor.manufacturers[1].name=Consumers Globex",
		"distributor.manufacturers[1].base-url=http://127.0.0.1:9", "distributor.adapters.native.answers.consumers=4",
		"distributor.adapters.native.answers.prefetch=2" })
class AnswersOnSeveralConsumersApplyOnceTests {

	static final String ACME = "consumers-tests-acme";

	static final String GLOBEX = "consumers-tests-globex";

	private static final int ORDERS = 12;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	PlaceOrder placeOrder;

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
	RabbitListenerEndpointRegistry listeners;

	@AfterAll
	void removeQueues() {
		for (String code : List.of(ACME, GLOBEX)) {
			this.admin.deleteQueue(MessagingTopology.purchasesQueue(code));
			this.admin.deleteQueue(MessagingTopology.deadLetterQueue(code));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { MessagingTopology.ACKNOWLEDGEMENTS_QUEUE, MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE })
	void eachAnswersQueueIsConsumedByTheConfiguredConsumersOfItsOwn(String queue) {
		List<SimpleMessageListenerContainer> consuming = this.listeners.getListenerContainers()
			.stream()
			.filter((container) -> container instanceof AbstractMessageListenerContainer listening
					&& Arrays.asList(listening.getQueueNames()).contains(queue))
			.map(SimpleMessageListenerContainer.class::cast)
			.toList();

		assertThat(consuming).singleElement()
			.satisfies((answers) -> assertThat(answers.getQueueNames()).containsExactly(queue));
		await().atMost(PATIENCE).until(() -> consuming.get(0).getActiveConsumerCount() == 4);
	}

	/**
	 * Each answer sent twice, and each acknowledgement routed to both queues as well, as
	 * while an earlier distributor that bound them to the reports' queue still runs:
	 * every acknowledgement reaches both queues' consumers at once.
	 */
	@Test
	void acknowledgementsAndReportsOfManyOrdersSentTwiceAtOnceMoveEachSubOrderOnce() throws Exception {
		ManufacturerDouble acme = new ManufacturerDouble(this.rabbit, this.json, ACME);
		ManufacturerDouble globex = new ManufacturerDouble(this.rabbit, this.json, GLOBEX);
		OfferingFixtures offerings = new OfferingFixtures(this.jdbc);
		OfferingId drill = offerings.offering(manufacturerId(ACME), offerings.sku("drill"), "Drill", 12_000, 1_000);
		OfferingId glue = offerings.offering(manufacturerId(GLOBEX), offerings.sku("glue"), "Glue", 350, 1_000);
		CustomerId customer = new CustomerFixtures(this.jdbc).customer("Grace").id();
		new CardFixtures(this.cards).approving(customer);
		List<OrderId> orders = new ArrayList<>();
		for (int i = 0; i < ORDERS; i++) {
			assertThat(this.addToCart.add(customer, drill, 1)).isInstanceOf(CartChange.Accepted.class);
			assertThat(this.addToCart.add(customer, glue, 2)).isInstanceOf(CartChange.Accepted.class);
			CheckoutOutcome outcome = this.placeOrder.place(customer, this.startCheckout.start(customer).token());
			orders.add(((CheckoutOutcome.Placed) outcome).order());
		}
		List<Long> orderIds = orders.stream().map(OrderId::value).toList();
		Map<Long, PurchaseConfirmation> acmeConfirmations = acme.confirmationsOf(orderIds);
		Map<Long, PurchaseConfirmation> globexConfirmations = globex.confirmationsOf(orderIds);
		List<PurchaseConfirmation> fromAcme = orderIds.stream().map(acmeConfirmations::get).toList();
		List<PurchaseConfirmation> fromGlobex = orderIds.stream().map(globexConfirmations::get).toList();

		Binding earlierDistributors = new Binding(MessagingTopology.DISTRIBUTOR_EVENTS_QUEUE,
				Binding.DestinationType.QUEUE, MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
				MessagingTopology.ACKNOWLEDGEMENT_KIND + ".*", null);
		this.admin.declareBinding(earlierDistributors);
		ExecutorService senders = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < ORDERS; i++) {
				PurchaseConfirmation acmeConfirmation = fromAcme.get(i);
				PurchaseConfirmation globexConfirmation = fromGlobex.get(i);
				sent.add(senders.submit(() -> {
					PurchaseAcknowledgement acmeAck = acme.acknowledge(acmeConfirmation, List.of());
					PurchaseAcknowledgement globexAck = globex.acknowledge(globexConfirmation, List.of());
					acme.send(acmeAck);
					globex.send(globexAck);
				}));
			}
			for (Future<?> each : sent) {
				each.get();
			}
			await().atMost(PATIENCE)
				.until(() -> orders.stream().allMatch((order) -> status(customer, order) == OrderStatus.CONFIRMED));

			sent.clear();
			for (PurchaseConfirmation confirmation : fromAcme) {
				sent.add(senders.submit(() -> {
					SubOrderShipped shipped = acme.ship(confirmation);
					acme.send(shipped);
				}));
			}
			for (Future<?> each : sent) {
				each.get();
			}
		}
		finally {
			senders.shutdown();
			this.admin.removeBinding(earlierDistributors);
		}
		await().atMost(PATIENCE)
			.until(() -> orders.stream().allMatch((order) -> status(customer, order) == OrderStatus.PARTIALLY_SHIPPED));

		for (int i = 0; i < ORDERS; i++) {
			assertThat(acknowledgements(fromAcme.get(i))).isOne();
			assertThat(acknowledgements(fromGlobex.get(i))).isOne();
			assertThat(timeline(fromAcme.get(i))).containsExactly("ACCEPTED", "SHIPPED");
			assertThat(timeline(fromGlobex.get(i))).containsExactly("ACCEPTED");
		}
	}

	private OrderStatus status(CustomerId customer, OrderId order) {
		return this.history.find(customer, order).orElseThrow().status();
	}

	private long acknowledgements(PurchaseConfirmation confirmation) {
		return this.jdbc.sql("select count(*) from sub_order_acknowledgement where sub_order_id = :id")
			.param("id", confirmation.subOrderId())
			.query(Long.class)
			.single();
	}

	private List<String> timeline(PurchaseConfirmation confirmation) {
		return this.jdbc.sql("select event from sub_order_event where sub_order_id = :id order by id")
			.param("id", confirmation.subOrderId())
			.query(String.class)
			.list();
	}

	private long manufacturerId(String code) {
		return this.jdbc.sql("select id from manufacturer where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}
