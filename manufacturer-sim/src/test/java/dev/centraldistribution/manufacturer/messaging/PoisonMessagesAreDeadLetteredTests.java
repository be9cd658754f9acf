package dev.centraldistribution.manufacturer.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.TestCatalogue.Stock;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.centraldistribution.manufacturer.TestCatalogue.DRILL;
import static dev.centraldistribution.manufacturer.TestCatalogue.SCREWS;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.confirmation;
import static dev.centraldistribution.manufacturer.messaging.TestMessages.line;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message that can never be processed ends in the dead-letter queue, whole, with the
 * reason, and the messages behind it are processed as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.messaging.enabled=true", "manufacturer.messaging.max-attempts=3",
				"manufacturer.messaging.retry-backoff=50ms", "manufacturer.messaging.max-retry-backoff=200ms" })
@Import(MessagingTestConfiguration.class)
@DirtiesContext
class PoisonMessagesAreDeadLetteredTests {

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

	@BeforeEach
	void startFromTheInitialStock() {
		TestCatalogue.resetToInitialStock(this.jdbc);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					broken JSON         | purchase-confirmation | `{"messageId": "x", "lines": [`        | not a purchase-confirmation
					wrong type property | purchase-confirmed    | VALID                                  | unknown type property 'purchase-confirmed'
					another maker's     | purchase-confirmation | VALID_FOR_ANOTHER_MAKER                | addressed to manufacturer 'someone-else'
					broken summary      | cycle-summary         | `[1, 2, 3]`                            | not a cycle-summary
					""")
	void anUnreadableMessageIsDeadLetteredAndTheNextOneIsProcessed(String poison, String type, String body,
			String reason) {
		String poisonId = UUID.randomUUID().toString();
		double deadLetteredBefore = deadLettered("unreadable");
		String payload = bodyOf(body, poisonId);
		PurchaseConfirmation next = confirmation(CODE, line(DRILL, 2));

		this.distributor.send(poisonId, type, payload);
		this.distributor.send(next);

		Message deadLetter = this.distributor.awaitDeadLetter(poisonId);
		assertThat(new String(deadLetter.getBody(), StandardCharsets.UTF_8)).isEqualTo(payload);
		assertThat(deadLetter.getMessageProperties().getType()).isEqualTo(type);
		assertThat(deadLetter.getMessageProperties().getReceivedDeliveryMode())
			.isEqualTo(MessageDeliveryMode.PERSISTENT);
		assertThat(deadLetter.getMessageProperties().<String>getHeader(DeadLetterQueue.REASON_HEADER))
			.startsWith("unreadable: ")
			.contains(reason);
		assertThat(deadLetter.getMessageProperties().<String>getHeader(DeadLetterQueue.QUEUE_HEADER))
			.isEqualTo(MessagingTopology.purchasesQueue(CODE));
		assertThat(this.distributor.awaitAcknowledgement(next.messageId()).lines()).singleElement()
			.satisfies((outcome) -> assertThat(outcome.accepted()).isTrue());
		assertThat(processedRows(poisonId)).isZero();
		assertThat(deadLettered("unreadable") - deadLetteredBefore).isOne();
	}

	@Test
	void aConfirmationThatFailsEveryTimeIsDeadLetteredAfterTheLastAttemptAndChangesNothing() {
		double deadLetteredBefore = deadLettered("failing");
		// Valid, but applied_total overflows on the second line: the transaction fails
		// on every delivery.
		PurchaseConfirmation failing = confirmation(CODE, line(DRILL, Long.MAX_VALUE), line(DRILL, 1));
		PurchaseConfirmation next = confirmation(CODE, line(SCREWS, 5));

		this.distributor.send(failing);
		this.distributor.send(next);

		Message deadLetter = this.distributor.awaitDeadLetter(failing.messageId());
		assertThat(deadLetter.getMessageProperties().<String>getHeader(DeadLetterQueue.REASON_HEADER))
			.startsWith("failed 3 times, last: ");
		assertThat(this.jsonMapper.readValue(deadLetter.getBody(), PurchaseConfirmation.class)).isEqualTo(failing);
		this.distributor.awaitAcknowledgement(next.messageId());
		assertThat(TestCatalogue.stock(this.jdbc, DRILL)).isEqualTo(new Stock(DRILL.initialStock(), 0));
		assertThat(TestCatalogue.stock(this.jdbc, SCREWS)).isEqualTo(new Stock(SCREWS.initialStock() - 5, 5));
		assertThat(processedRows(failing.messageId())).isZero();
		assertThat(deadLettered("failing") - deadLetteredBefore).isOne();
	}

	private String bodyOf(String body, String messageId) {
		return switch (body) {
			case "VALID" -> json(confirmation(CODE, line(DRILL, 1)), messageId);
			case "VALID_FOR_ANOTHER_MAKER" -> json(confirmation("someone-else", line(DRILL, 1)), messageId);
			default -> body;
		};
	}

	private String json(PurchaseConfirmation confirmation, String messageId) {
		return this.jsonMapper.writeValueAsString(new PurchaseConfirmation(messageId, confirmation.schemaVersion(),
				confirmation.sentAt(), confirmation.manufacturerCode(), 1, 2, confirmation.lines()));
	}

	private long processedRows(String messageId) {
		return this.jdbc.sql("select count(*) from processed_message where message_id = :id")
			.param("id", messageId)
			.query(Long.class)
			.single();
	}

	private double deadLettered(String cause) {
		return this.meters.get("manufacturer.messages.dead.lettered").tag("cause", cause).counter().count();
	}

}
