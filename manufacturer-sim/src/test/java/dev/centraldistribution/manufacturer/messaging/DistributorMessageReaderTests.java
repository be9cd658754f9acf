package dev.centraldistribution.manufacturer.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DistributorMessageReaderTests {

	private static final String CONFIRMATION = """
			{"messageId": "m-1", "schemaVersion": 1, "sentAt": "2026-11-22T10:15:30Z", "manufacturerCode": "acme",
			 "orderId": 41, "subOrderId": 42,
			 "lines": [{"sku": "DRILL-18V", "quantity": 2, "unitPriceCents": 8999}]}""";

	private static final String SUMMARY = """
			{"messageId": "s-1", "schemaVersion": 1, "sentAt": "2026-11-22T10:15:30Z", "manufacturerCode": "acme",
			 "cycleNumber": 7, "openedAt": "2026-11-22T10:00:00Z", "closedAt": "2026-11-22T10:15:00Z",
			 "products": [{"sku": "DRILL-18V", "unitsSold": 3, "revenueCents": 26997}]}""";

	private final DistributorMessageReader reader = new DistributorMessageReader(JsonMapper.builder().build(), "acme");

	@Test
	void readsAConfirmationAndIgnoresFieldsAddedLater() throws UnreadableMessageException {
		String json = CONFIRMATION.replace("\"orderId\"", "\"addedInVersion1Point5\": true, \"orderId\"");

		assertThat(this.reader.readConfirmation(message("m-1", PurchaseConfirmation.TYPE, json)))
			.isEqualTo(new PurchaseConfirmation("m-1", 1, Instant.parse("2026-11-22T10:15:30Z"), "acme", 41, 42,
					List.of(new PurchaseConfirmation.Line("DRILL-18V", 2, 8999))));
	}

	@Test
	void readsACycleSummary() throws UnreadableMessageException {
		assertThat(this.reader.readCycleSummary(message("s-1", CycleSummary.TYPE, SUMMARY))).isEqualTo(new CycleSummary(
				"s-1", 1, Instant.parse("2026-11-22T10:15:30Z"), "acme", 7, Instant.parse("2026-11-22T10:00:00Z"),
				Instant.parse("2026-11-22T10:15:00Z"), List.of(new CycleSummary.ProductSales("DRILL-18V", 3, 26997))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					broken JSON              | `}]}`                                | `}],`                                  | not a purchase-confirmation
					trailing garbage         | `}`                                  | `} {}`                                 | not a purchase-confirmation
					JSON null                | `{"messageId": "m-1", `              | null                                   | not a purchase-confirmation
					missing subOrderId       | `"subOrderId": 42,`                  | ``                                     | not a purchase-confirmation
					null sentAt              | `"2026-11-22T10:15:30Z"`             | null                                   | not a purchase-confirmation
					missing lines            | `"lines"`                            | `"items"`                              | not a purchase-confirmation
					no line                  | `[{"sku": "DRILL-18V", "quantity": 2, "unitPriceCents": 8999}]` | `[]` | it has no line
					null line                | `[{"sku": "DRILL-18V", "quantity": 2, "unitPriceCents": 8999}]` | `[null]` | a line is null
					blank sku                | `"DRILL-18V"`                        | `" "`                                  | a line has a blank sku
					zero quantity            | `"quantity": 2`                      | `"quantity": 0`                        | quantity 0
					negative quantity        | `"quantity": 2`                      | `"quantity": -3`                       | quantity -3
					negative price           | `"unitPriceCents": 8999`             | `"unitPriceCents": -1`                 | negative price
					unknown schema version   | `"schemaVersion": 1`                 | `"schemaVersion": 2`                   | schema version 2 is not 1
					another manufacturer     | `"manufacturerCode": "acme"`         | `"manufacturerCode": "globex"`         | addressed to manufacturer 'globex'
					blank messageId          | `"messageId": "m-1"`                 | `"messageId": ""`                      | messageId is blank
					""")
	void refusesAConfirmationThatBreaksTheContract(String problem, String replaced, String replacement, String reason) {
		String json = CONFIRMATION.replace(replaced, replacement);
		assertThat(json).as("the case changes the message").isNotEqualTo(CONFIRMATION);

		assertThatExceptionOfType(UnreadableMessageException.class)
			.isThrownBy(() -> this.reader.readConfirmation(message(null, PurchaseConfirmation.TYPE, json)))
			.withMessageContaining(reason);
	}

	@Test
	void refusesAConfirmationWhoseMessageIdPropertyDiffersFromItsBody() {
		assertThatExceptionOfType(UnreadableMessageException.class)
			.isThrownBy(() -> this.reader.readConfirmation(message("m-2", PurchaseConfirmation.TYPE, CONFIRMATION)))
			.withMessageContaining("messageId property m-2 differs from the body's m-1");
	}

	@Test
	void refusesAMessageOfAnotherType() {
		assertThatExceptionOfType(UnreadableMessageException.class)
			.isThrownBy(() -> this.reader.readConfirmation(message("m-1", CycleSummary.TYPE, CONFIRMATION)))
			.withMessageContaining("type property 'cycle-summary' is not 'purchase-confirmation'");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					closes before it opens | `"closedAt": "2026-11-22T10:15:00Z"` | `"closedAt": "2026-11-22T09:15:00Z"` | closes before it opens
					negative units         | `"unitsSold": 3`                     | `"unitsSold": -3`                     | is negative
					missing products       | `"products"`                         | `"sales"`                             | not a cycle-summary
					unknown schema version | `"schemaVersion": 1`                 | `"schemaVersion": 3`                  | schema version 3 is not 1
					""")
	void refusesASummaryThatBreaksTheContract(String problem, String replaced, String replacement, String reason) {
		String json = SUMMARY.replace(replaced, replacement);
		assertThat(json).as("the case changes the message").isNotEqualTo(SUMMARY);

		assertThatExceptionOfType(UnreadableMessageException.class)
			.isThrownBy(() -> this.reader.readCycleSummary(message("s-1", CycleSummary.TYPE, json)))
			.withMessageContaining(reason);
	}

	private static Message message(String messageId, String type, String body) {
		return MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
			.setMessageId(messageId)
			.setType(type)
			.build();
	}

}
