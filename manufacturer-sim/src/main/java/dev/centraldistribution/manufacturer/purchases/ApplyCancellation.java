package dev.centraldistribution.manufacturer.purchases;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.centraldistribution.contracts.CancellationAnswer;
import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.ProcessedMessages;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.shipping.CancelShipment;
import dev.centraldistribution.manufacturer.shipping.ShipmentCancellation;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one cancellation exactly once in effect, in one transaction with its
 * processed-message row: a sub-order not shipped is cancelled and the units its purchase
 * took go back to stock (its applied total stays: the distributor's books count the sale
 * and the manufacturer's processing of it, and the snapshot shows the units again); one
 * whose purchase has not arrived is cancelled and its purchase will be rejected; one that
 * shipped is refused as too late. The answer goes into the outbox in the same
 * transaction. A redelivery finds the processed-message row and changes nothing.
 */
@Service
public class ApplyCancellation {

	static final String TOO_LATE = "already shipped";

	private final ManufacturerProperties manufacturer;

	private final ProcessedMessages processed;

	private final PurchaseRepository purchases;

	private final CancelShipment shipments;

	private final Outbox outbox;

	private final JsonMapper json;

	private final Clock clock;

	ApplyCancellation(ManufacturerProperties manufacturer, ProcessedMessages processed, PurchaseRepository purchases,
			CancelShipment shipments, Outbox outbox, JsonMapper json, Clock clock) {
		this.manufacturer = manufacturer;
		this.processed = processed;
		this.purchases = purchases;
		this.shipments = shipments;
		this.outbox = outbox;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @param cancellation a cancellation addressed to this manufacturer
	 * @return {@code false} for a redelivery
	 */
	@Transactional
	public boolean apply(PurchaseCancellation cancellation) {
		return answer(cancellation).isPresent();
	}

	/**
	 * Applies the cancellation like {@link #apply(PurchaseCancellation)} and says what
	 * became of it.
	 * @param cancellation a cancellation addressed to this manufacturer
	 * @return the answer, empty for a redelivery
	 */
	@Transactional
	public Optional<CancellationAnswer> answer(PurchaseCancellation cancellation) {
		if (!this.processed.markProcessed(cancellation.messageId(), PurchaseCancellation.TYPE)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		ShipmentCancellation result = this.shipments.cancel(cancellation.subOrderId(), cancellation.confirmationId(),
				now);
		if (result == ShipmentCancellation.CANCELLED) {
			releaseAcceptedUnits(cancellation.confirmationId());
		}
		boolean cancelled = result != ShipmentCancellation.ALREADY_SHIPPED;
		var answer = new CancellationAnswer(UUID.randomUUID().toString(), CancellationAnswer.SCHEMA_VERSION, now,
				this.manufacturer.code(), cancellation.messageId(), cancellation.subOrderId(), cancelled,
				cancelled ? null : TOO_LATE);
		this.outbox.add(answer.messageId(),
				MessagingTopology.eventRoutingKey(CancellationAnswer.KIND, this.manufacturer.code()),
				CancellationAnswer.TYPE, this.json.writeValueAsString(answer), now);
		return Optional.of(answer);
	}

	private void releaseAcceptedUnits(String confirmationId) {
		this.purchases.findAcknowledgement(confirmationId)
			.map((stored) -> this.json.readValue(stored, PurchaseAcknowledgement.class))
			.ifPresent((acknowledgement) -> acknowledgement.lines()
				.stream()
				.filter(PurchaseAcknowledgement.LineOutcome::accepted)
				.forEach((line) -> this.purchases.release(line.sku(), line.quantity())));
	}

}
