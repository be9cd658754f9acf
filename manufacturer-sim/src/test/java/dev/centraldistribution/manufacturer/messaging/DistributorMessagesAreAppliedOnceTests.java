package dev.centraldistribution.manufacturer.messaging;

import java.util.List;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.CycleSummary.ProductSales;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseAcknowledgement.LineOutcome;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.LocalHttp;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.TestCatalogue.Stock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.TestCatalogue.SAW;
import static dev.centraldistribution.manufacturer.TestCatalogue.SCREWS;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.confirmation;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.cycleSummary;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Purchase confirmations and cycle summaries through the broker, one consumer: each is
 * applied once however often it is delivered, and every delivery of a confirmation is
 * answered with the same acknowledgement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "manufacturer.messaging.enabled=true", "manufacturer.messaging.retry-backoff=100ms" })
@Import(MessagingTestConfiguration.class)
@DirtiesContext
class DistributorMessagesAreAppliedOnceTests {

	static final String CODE = TestCodes.unique();

	@DynamicPropertySource
	static void manufacturerCode(DynamicPropertyRegistry registry) {
		registry.add("manufacturer.code", () -> CODE);
	}

	@Autowired
	TestDistributor distributor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper jsonMapper;

	@Autowired
	MeterRegistry meters;

	@MockitoSpyBean
	AcknowledgementPublisher acknowledgements;

	@LocalServerPort
	int port;

	@BeforeEach
	void startFromTheInitialStock() {
		TestCatalogue.resetToInitialStock(this.jdbc);
	}

	@Test
	void appliesAConfirmationOnceAndAcknowledgesEveryLine() {
		PurchaseConfirmation confirmation = confirmation(CODE, line(DRILL, 3), line(SCREWS, 40));

		this.distributor.send(confirmation);

		PurchaseAcknowledgement acknowledgement = this.distributor.awaitAcknowledgement(confirmation.messageId());
		assertThat(acknowledgement.schemaVersion()).isEqualTo(PurchaseAcknowledgement.SCHEMA_VERSION);
		assertThat(acknowledgement.manufacturerCode()).isEqualTo(CODE);
		assertThat(acknowledgement.subOrderId()).isEqualTo(confirmation.subOrderId());
		assertThat(acknowledgement.lines()).containsExactly(new LineOutcome(DRILL.sku(), 3, true, null),
				new LineOutcome(SCREWS.sku(), 40, true, null));
		assertThat(TestCatalogue.stock(this.jdbc, DRILL)).isEqualTo(new Stock(7, 3));
		assertThat(TestCatalogue.stock(this.jdbc, SCREWS)).isEqualTo(new Stock(60, 40));
		assertThat(processedRows(confirmation.messageId())).isOne();
	}

	@Test
	void aConfirmationDeliveredTwiceChangesNothingTheSecondTimeAndIsAcknowledgedAlike() {
		PurchaseConfirmation confirmation = confirmation(CODE, line(DRILL, 4));

		this.distributor.send(confirmation);
		this.distributor.send(confirmation);

		List<PurchaseAcknowledgement> acknowledgements = this.distributor
			.awaitAcknowledgements(confirmation.messageId(), 2);
		assertThat(acknowledgements.get(1)).isEqualTo(acknowledgements.get(0));
		assertThat(acknowledgements.get(0).lines()).containsExactly(new LineOutcome(DRILL.sku(), 4, true, null));
		assertThat(TestCatalogue.stock(this.jdbc, DRILL)).isEqualTo(new Stock(6, 4));
		assertThat(processedRows(confirmation.messageId())).isOne();
	}

	@Test
	void rejectsLinesItCannotSupplyWithAReasonAndStillCountsThemAsApplied() {
		TestCatalogue.setStock(this.jdbc, SAW, 2);
		double acceptedBefore = lineCounter("accepted");
		double rejectedBefore = lineCounter("rejected");
		PurchaseConfirmation confirmation = confirmation(CODE, line(SAW, 5), line(DRILL, 2),
				new PurchaseConfirmation.Line("TEST-NO-SUCH-THING", 1, 100));

		this.distributor.send(confirmation);

		assertThat(this.distributor.awaitAcknowledgement(confirmation.messageId()).lines()).containsExactly(
				new LineOutcome(SAW.sku(), 5, false, "only 2 left"), new LineOutcome(DRILL.sku(), 2, true, null),
				new LineOutcome("TEST-NO-SUCH-THING", 1, false, "unknown product"));
		assertThat(TestCatalogue.stock(this.jdbc, SAW)).isEqualTo(new Stock(2, 5));
		assertThat(TestCatalogue.stock(this.jdbc, DRILL)).isEqualTo(new Stock(8, 2));
		assertThat(lineCounter("accepted") - acceptedBefore).isEqualTo(1);
		assertThat(lineCounter("rejected") - rejectedBefore).isEqualTo(2);
	}

	@Test
	void publishesTheStoredAcknowledgementAgainWhenItsPublicationFailedAfterTheCommit() {
		PurchaseConfirmation confirmation = confirmation(CODE, line(SCREWS, 10));
		doThrow(new PublicationFailedException("the broker went away")).doCallRealMethod()
			.when(this.acknowledgements)
			.publish(argThat((acknowledgement) -> acknowledgement.confirmationId().equals(confirmation.messageId())));

		this.distributor.send(confirmation);

		PurchaseAcknowledgement received = this.distributor.awaitAcknowledgement(confirmation.messageId());
		ArgumentCaptor<PurchaseAcknowledgement> published = ArgumentCaptor.forClass(PurchaseAcknowledgement.class);
		verify(this.acknowledgements, times(2)).publish(published.capture());
		assertThat(published.getAllValues()).as("the failed publication and the one after the redelivery")
			.containsExactly(received, received);
		assertThat(TestCatalogue.stock(this.jdbc, SCREWS)).isEqualTo(new Stock(90, 10));
		assertThat(processedRows(confirmation.messageId())).isOne();
		assertThat(this.distributor.deadLetter(confirmation.messageId())).isNull();
	}

	@Test
	void recordsACycleSummaryOnceEvenWhenDeliveredTwice() {
		long cycleNumber = System.currentTimeMillis();
		CycleSummary summary = cycleSummary(CODE, cycleNumber, new ProductSales(DRILL.sku(), 3, 26997),
				new ProductSales(SCREWS.sku(), 0, 0));

		this.distributor.send(summary);
		this.distributor.send(summary);
		awaitEverythingBeforeIsProcessed();

		assertThat(processedRows(summary.messageId())).isOne();
		assertThat(this.jdbc.sql("select cycle_number from cycle_summary where message_id = :id")
			.param("id", summary.messageId())
			.query(Long.class)
			.list()).containsExactly(cycleNumber);
		assertThat(this.jdbc.sql("select count(*) from cycle_summary_product where message_id = :id")
			.param("id", summary.messageId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.distributor.deadLetter(summary.messageId())).isNull();
		JsonNode last = status().get("lastCycleSummary");
		assertThat(last.get("cycleNumber").asLong()).isEqualTo(cycleNumber);
		assertThat(last.get("products").get(0).get("sku").asString()).isEqualTo(DRILL.sku());
		assertThat(last.get("products").get(0).get("revenueCents").asLong()).isEqualTo(26997);
	}

	@Test
	void theStatusCountsConfirmationsAndLinesAndTheMetricsCountConfirmations() {
		JsonNode before = status();
		double appliedBefore = this.meters.get("manufacturer.confirmations.applied").counter().count();
		PurchaseConfirmation confirmation = confirmation(CODE, line(DRILL, 1), line(SAW, 1));

		this.distributor.send(confirmation);
		this.distributor.awaitAcknowledgement(confirmation.messageId());

		JsonNode after = status();
		assertThat(after.get("confirmationsApplied").asLong() - before.get("confirmationsApplied").asLong()).isOne();
		assertThat(after.get("linesAccepted").asLong() - before.get("linesAccepted").asLong()).isOne();
		assertThat(after.get("linesRejected").asLong() - before.get("linesRejected").asLong()).isOne();
		assertThat(this.meters.get("manufacturer.confirmations.applied").counter().count() - appliedBefore).isOne();
	}

	@Test
	void aPublicationTheBrokerCannotRouteIsAFailureNotASend(@Autowired ConfirmedPublisher publisher) {
		var unroutable = MessageBuilder.withBody("{}".getBytes()).setMessageId("unroutable").build();

		assertThatExceptionOfType(PublicationFailedException.class)
			.isThrownBy(() -> publisher.publish(MessagingTopology.MANUFACTURER_EVENTS_EXCHANGE,
					MessagingTopology.eventRoutingKey("nobody-listens", CODE), unroutable))
			.satisfies((ex) -> assertThat(ex.getMessage()).containsAnyOf("returned as unroutable", "nacked"));
	}

	@Test
	void theDistributorCanDeclareTheSameQueuesWithTheContractsArguments(@Autowired AmqpAdmin admin,
			@Autowired MessagingProperties messaging) {
		var arguments = MessagingTopology.queueArguments(messaging.queueType().name());

		for (String queue : List.of(MessagingTopology.purchasesQueue(CODE), MessagingTopology.deadLetterQueue(CODE))) {
			assertThat(admin.declareQueue(new Queue(queue, true, false, false, arguments))).isEqualTo(queue);
		}
	}

	/**
	 * One consumer takes the queue in order: once a confirmation sent last is
	 * acknowledged, everything sent before it was processed.
	 */
	private void awaitEverythingBeforeIsProcessed() {
		PurchaseConfirmation last = confirmation(CODE, line(SCREWS, 1));
		this.distributor.send(last);
		this.distributor.awaitAcknowledgement(last.messageId());
	}

	private long processedRows(String messageId) {
		return this.jdbc.sql("select count(*) from processed_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single();
	}

	private double lineCounter(String outcome) {
		return this.meters.get("manufacturer.confirmation.lines").tag("outcome", outcome).counter().count();
	}

	private JsonNode status() {
		var response = LocalHttp.get(this.port, "/api/status");
		assertThat(response.statusCode()).isEqualTo(200);
		return this.jsonMapper.readTree(response.body());
	}

}
