package dev.centraldistribution.distributor.adapters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutgoingMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relays to a shop over HTTP with the guarantee it has over the broker:
 * retried with backoff until the shop answers, applied once by key, the answer counted
 * once however often it is delivered.
 */
@SpringBootTest
class ShopCourierDeliversOnceTests {

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	Outbox outbox;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	AnsweredPurchases answered;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	ShopStub shop;

	Manufacturer manufacturer;

	long subOrder = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);

	@BeforeEach
	void registerAShop() {
		this.shop = ShopStub.start();
		String code = TestManufacturers.uniqueCode("shop");
		this.manufacturer = this.registry
			.register(new ManufacturerRegistration(code, "Corner shop", this.shop.baseUrl(), null, AdapterKind.SHOP));
	}

	@AfterEach
	void forget() {
		this.shop.close();
		this.jdbc.sql("delete from outbox_message where routing_key = :code")
			.param("code", this.manufacturer.code())
			.update();
		TestManufacturers.delete(this.jdbc, List.of(this.manufacturer.code()));
	}

	@Test
	void aPurchaseIsPostedWithItsKeyAndItsAnswerCountedOnceHoweverOftenItIsSent() {
		this.shop.answer(ShopCourier.ORDERS, 201,
				"{\"status\": \"accepted\", \"items\": [{\"productId\": \"BOLT\", \"quantity\": 3, \"status\": \"accepted\"}]}");
		double unknown = unknownSubOrderAnswers();

		String messageId = append(purchase());
		await().atMost(PATIENCE).until(() -> sentAt(messageId) != null);
		this.transactions.executeWithoutResult((status) -> this.outbox.sendAgain(messageId));
		await().atMost(PATIENCE).until(() -> this.shop.received().size() == 2 && sentAt(messageId) != null);

		assertThat(this.shop.received()).allSatisfy((request) -> {
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.idempotencyKey()).isEqualTo(messageId);
			assertThat(request.body()).isEqualTo(
					"{\"reference\":\"" + this.subOrder + "\",\"items\":[{\"productId\":\"BOLT\",\"quantity\":3}]}");
		});
		assertThat(this.answered.totals(this.manufacturer.code())).isEqualTo(Map.of("BOLT", 3L));
		assertThat(unknownSubOrderAnswers()).as("each answer handed on to the confirmations").isEqualTo(unknown + 2);
	}

	@Test
	void aShopThatFailsIsTriedAgainWithBackoffUntilItAnswers() {
		this.shop.answer(ShopCourier.ORDERS, 503, "{}");

		String messageId = append(purchase());
		await().atMost(PATIENCE).until(() -> attempts(messageId) >= 1);

		assertThat(sentAt(messageId)).isNull();
		assertThat(lastError(messageId)).isEqualTo("HTTP status 503");
		assertThat(this.answered.totals(this.manufacturer.code())).isEmpty();

		this.shop.answer(ShopCourier.ORDERS, 409, "{\"error\": \"cannot-supply\", \"reason\": \"only 0 left\"}");

		await().atMost(PATIENCE).until(() -> sentAt(messageId) != null);
		assertThat(this.answered.totals(this.manufacturer.code())).as("a rejected purchase is answered too")
			.isEqualTo(Map.of("BOLT", 3L));
	}

	@Test
	void aCancellationIsPostedToItsOrderWithItsKey() {
		String path = ShopCourier.ORDERS + "/" + this.subOrder + "/cancellation";
		this.shop.answer(path, 201, "{\"status\": \"cancelled\"}");

		String messageId = append(new OutgoingMessage("cancellation-" + this.subOrder,
				MessagingTopology.PURCHASES_EXCHANGE, this.manufacturer.code(), PurchaseCancellation.TYPE,
				new PurchaseCancellation("cancellation-" + this.subOrder, PurchaseCancellation.SCHEMA_VERSION,
						Instant.now(), this.manufacturer.code(), "purchase-" + this.subOrder, this.subOrder)));

		await().atMost(PATIENCE).until(() -> sentAt(messageId) != null);
		assertThat(this.shop.received()).singleElement().satisfies((request) -> {
			assertThat(request.pathAndQuery()).isEqualTo(path);
			assertThat(request.idempotencyKey()).isEqualTo(messageId);
		});
	}

	private OutgoingMessage purchase() {
		String messageId = "purchase-" + this.subOrder;
		return new OutgoingMessage(messageId, MessagingTopology.PURCHASES_EXCHANGE, this.manufacturer.code(),
				PurchaseConfirmation.TYPE,
				new PurchaseConfirmation(messageId, PurchaseConfirmation.SCHEMA_VERSION, Instant.now(),
						this.manufacturer.code(), this.subOrder, this.subOrder,
						List.of(new PurchaseConfirmation.Line("BOLT", 3, 25))));
	}

	private String append(OutgoingMessage message) {
		this.transactions.executeWithoutResult((status) -> this.outbox.append(message));
		return message.messageId();
	}

	private double unknownSubOrderAnswers() {
		return this.meters.get("distributor.confirmations.acknowledgements")
			.tag("outcome", "unknown-sub-order")
			.counter()
			.count();
	}

	private Object sentAt(String messageId) {
		return this.jdbc.sql("select sent_at from outbox_message where message_id = :id")
			.param("id", messageId)
			.query((rs, row) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

	private int attempts(String messageId) {
		return this.jdbc.sql("select attempts from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(Integer.class)
			.single();
	}

	private String lastError(String messageId) {
		return this.jdbc.sql("select last_error from outbox_message where message_id = :id")
			.param("id", messageId)
			.query(String.class)
			.single();
	}

	/**
	 * Waits without failing on another thread's uncaught exception (Awaitility's
	 * default): the broker client's channel cache may throw on a pool thread of its own
	 * when the embedded broker closes a channel, which says nothing of the shop courier
	 * under test, and once failed a run of this test that was otherwise right.
	 */
	private static ConditionFactory await() {
		return Awaitility.await().dontCatchUncaughtExceptions();
	}

}
