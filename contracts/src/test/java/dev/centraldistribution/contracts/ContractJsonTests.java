package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The wire records round-trip through JSON with nothing but their components, so that a
 * strict reader on the other side accepts them.
 */
class ContractJsonTests {

	private final JsonMapper strict = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void snapshotRoundTripsThroughAStrictReader() {
		OfferingsSnapshot snapshot = new OfferingsSnapshot(OfferingsSnapshot.SCHEMA_VERSION, "acme", "Acme Tools",
				new GeoLocation(45.76, 4.83), Instant.parse("2026-11-22T10:15:30Z"),
				List.of(new ProductOffering("DRILL-18V", "Cordless drill 18V", 8999, "EUR", 47, 3)));

		String json = this.strict.writeValueAsString(snapshot);

		assertThat(json).contains("\"appliedTotal\":3", "\"takenAt\":\"2026-11-22T10:15:30Z\"").doesNotContain("valid");
		assertThat(this.strict.readValue(json, OfferingsSnapshot.class)).isEqualTo(snapshot);
	}

	@Test
	void aProductsDescriptionAndCategoryAreOptional() {
		ProductOffering described = new ProductOffering("DRILL-18V", "Cordless drill 18V", 8999, "EUR", 47, 3,
				"Two speeds, two batteries.", "power tools");
		String old = """
				{"sku":"DRILL-18V","name":"Cordless drill 18V","unitPriceCents":8999,"currency":"EUR",
				 "available":47,"appliedTotal":3}""";

		assertThat(this.strict.readValue(this.strict.writeValueAsString(described), ProductOffering.class))
			.isEqualTo(described);
		assertThat(this.strict.readValue(old, ProductOffering.class))
			.isEqualTo(new ProductOffering("DRILL-18V", "Cordless drill 18V", 8999, "EUR", 47, 3));
	}

	@Test
	void messagesRoundTrip() {
		PurchaseConfirmation confirmation = new PurchaseConfirmation("m-1", PurchaseConfirmation.SCHEMA_VERSION,
				Instant.parse("2026-11-22T10:15:30Z"), "acme", 7, 9,
				List.of(new PurchaseConfirmation.Line("S", 2, 100)));
		PurchaseAcknowledgement acknowledgement = new PurchaseAcknowledgement("a-1", 1,
				Instant.parse("2026-11-22T10:15:31Z"), "acme", "m-1", 9,
				List.of(new PurchaseAcknowledgement.LineOutcome("S", 2, false, "out of stock")));

		assertThat(this.strict.readValue(this.strict.writeValueAsString(confirmation), PurchaseConfirmation.class))
			.isEqualTo(confirmation);
		assertThat(
				this.strict.readValue(this.strict.writeValueAsString(acknowledgement), PurchaseAcknowledgement.class))
			.isEqualTo(acknowledgement);
	}

	@Test
	void presenceMessagesRoundTripWithoutTheirKind() {
		Instant sentAt = Instant.parse("2026-11-22T10:15:30Z");
		ManufacturerHello hello = new ManufacturerHello("h-1", ManufacturerHello.SCHEMA_VERSION, sentAt, "acme",
				"instance-1", 1, "Acme Tools", new GeoLocation(45.76, 4.83), "http://127.0.0.1:8081",
				ManufacturerHello.CONTRACT_VERSION, ManufacturerHello.NATIVE_ADAPTER, List.of("power tools"), 4000,
				2000);
		ManufacturerHeartbeat heartbeat = new ManufacturerHeartbeat("b-1", 1, sentAt, "acme", "instance-1", 2);
		ManufacturerBye bye = new ManufacturerBye("y-1", 1, sentAt, "acme", "instance-1", 3);

		String json = this.strict.writeValueAsString(hello);

		assertThat(json).doesNotContain("kind").contains("\"heartbeatIntervalMillis\":2000");
		assertThat(this.strict.readValue(json, ManufacturerHello.class)).isEqualTo(hello);
		assertThat(this.strict.readValue(this.strict.writeValueAsString(heartbeat), ManufacturerHeartbeat.class))
			.isEqualTo(heartbeat);
		assertThat(this.strict.readValue(this.strict.writeValueAsString(bye), ManufacturerBye.class)).isEqualTo(bye);
		assertThat(List.of(hello, heartbeat, bye)).extracting(MessagingTopology::presenceRoutingKey)
			.containsExactly("hello.acme", "heartbeat.acme", "bye.acme");
	}

	@Test
	void locationsOutsideTheEarthAreInvalid() {
		assertThat(new GeoLocation(45, 4).hasValidCoordinates()).isTrue();
		assertThat(new GeoLocation(91, 0).hasValidCoordinates()).isFalse();
		assertThat(new GeoLocation(0, Double.NaN).hasValidCoordinates()).isFalse();
	}

	@Test
	void queueNamesComeFromValidCodesOnly() {
		assertThat(MessagingTopology.purchasesQueue("acme")).isEqualTo("manufacturer.acme.purchases");
		assertThat(MessagingTopology.deadLetterQueue("acme")).isEqualTo("manufacturer.acme.purchases.dlq");
		assertThatIllegalArgumentException().isThrownBy(() -> MessagingTopology.purchasesQueue("ACME; drop"));
		assertThatIllegalArgumentException().isThrownBy(() -> MessagingTopology.purchasesQueue(null));
	}

}
