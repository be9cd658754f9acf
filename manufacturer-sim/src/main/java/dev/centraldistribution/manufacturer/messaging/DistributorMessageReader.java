package dev.centraldistribution.manufacturer.messaging;

import java.util.Objects;

import dev.centraldistribution.contracts.CycleSummary;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.Message;

/**
 * Reads the distributor's messages and checks them against the contract: every field
 * present, the schema version known, addressed to this manufacturer. Fields the contract
 * may add later are ignored.
 */
class DistributorMessageReader {

	/** The length of {@code processed_message.message_id}. */
	static final int MAX_MESSAGE_ID_LENGTH = 100;

	private static final int MAX_SKU_LENGTH = 64;

	private static final int MAX_REASON_LENGTH = 300;

	private final String manufacturerCode;

	private final ObjectReader confirmations;

	private final ObjectReader summaries;

	private final ObjectReader cancellations;

	DistributorMessageReader(JsonMapper jsonMapper, String manufacturerCode) {
		this.manufacturerCode = manufacturerCode;
		this.confirmations = strict(jsonMapper.readerFor(PurchaseConfirmation.class));
		this.summaries = strict(jsonMapper.readerFor(CycleSummary.class));
		this.cancellations = strict(jsonMapper.readerFor(PurchaseCancellation.class));
	}

	PurchaseConfirmation readConfirmation(Message message) throws UnreadableMessageException {
		PurchaseConfirmation confirmation = parse(message, this.confirmations, PurchaseConfirmation.TYPE);
		check(message, confirmation.messageId(), confirmation.schemaVersion(), PurchaseConfirmation.SCHEMA_VERSION,
				confirmation.manufacturerCode());
		require(!confirmation.lines().isEmpty(), "it has no line");
		for (PurchaseConfirmation.Line line : confirmation.lines()) {
			require(line != null, "a line is null");
			require(!line.sku().isBlank(), "a line has a blank sku");
			require(line.quantity() > 0, "line " + line.sku() + " has quantity " + line.quantity());
			require(line.unitPriceCents() >= 0, "line " + line.sku() + " has a negative price");
		}
		return confirmation;
	}

	PurchaseCancellation readCancellation(Message message) throws UnreadableMessageException {
		PurchaseCancellation cancellation = parse(message, this.cancellations, PurchaseCancellation.TYPE);
		check(message, cancellation.messageId(), cancellation.schemaVersion(), PurchaseCancellation.SCHEMA_VERSION,
				cancellation.manufacturerCode());
		require(!cancellation.confirmationId().isBlank()
				&& cancellation.confirmationId().length() <= MAX_MESSAGE_ID_LENGTH,
				"confirmationId is blank or longer than " + MAX_MESSAGE_ID_LENGTH);
		return cancellation;
	}

	CycleSummary readCycleSummary(Message message) throws UnreadableMessageException {
		CycleSummary summary = parse(message, this.summaries, CycleSummary.TYPE);
		check(message, summary.messageId(), summary.schemaVersion(), CycleSummary.SCHEMA_VERSION,
				summary.manufacturerCode());
		require(!summary.closedAt().isBefore(summary.openedAt()), "it closes before it opens");
		for (CycleSummary.ProductSales sales : summary.products()) {
			require(sales != null, "a product is null");
			require(!sales.sku().isBlank() && sales.sku().length() <= MAX_SKU_LENGTH,
					"a product has a blank or too long sku");
			require(sales.unitsSold() >= 0 && sales.revenueCents() >= 0, "product " + sales.sku() + " is negative");
		}
		return summary;
	}

	private static <T> T parse(Message message, ObjectReader reader, String type) throws UnreadableMessageException {
		require(type.equals(message.getMessageProperties().getType()),
				"type property '" + message.getMessageProperties().getType() + "' is not '" + type + "'");
		try {
			T value = reader.readValue(message.getBody());
			require(value != null, "the body is JSON null");
			return value;
		}
		catch (JacksonException ex) {
			throw new UnreadableMessageException("not a " + type + ": " + shortened(ex.getOriginalMessage()));
		}
	}

	private void check(Message message, String messageId, int schemaVersion, int knownVersion, String addressee)
			throws UnreadableMessageException {
		require(!messageId.isBlank() && messageId.length() <= MAX_MESSAGE_ID_LENGTH,
				"messageId is blank or longer than " + MAX_MESSAGE_ID_LENGTH);
		String property = message.getMessageProperties().getMessageId();
		require(property == null || property.equals(messageId),
				"messageId property " + property + " differs from the body's " + messageId);
		require(schemaVersion == knownVersion, "schema version " + schemaVersion + " is not " + knownVersion);
		require(this.manufacturerCode.equals(addressee),
				"addressed to manufacturer '" + addressee + "', not '" + this.manufacturerCode + "'");
	}

	private static void require(boolean condition, String reason) throws UnreadableMessageException {
		if (!condition) {
			throw new UnreadableMessageException(reason);
		}
	}

	private static ObjectReader strict(ObjectReader reader) {
		return reader
			.with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.without(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
	}

	private static String shortened(String text) {
		String oneLine = Objects.requireNonNullElse(text, "").replaceAll("\\s+", " ");
		return (oneLine.length() <= MAX_REASON_LENGTH) ? oneLine : oneLine.substring(0, MAX_REASON_LENGTH) + "…";
	}

}
