package dev.centraldistribution.manufacturer.purchases;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.centraldistribution.contracts.PurchaseAcknowledgement;
import dev.centraldistribution.contracts.PurchaseAcknowledgement.LineOutcome;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.manufacturer.ManufacturerProperties;
import dev.centraldistribution.manufacturer.ProcessedMessages;
import dev.centraldistribution.manufacturer.shipping.ScheduleShipment;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one purchase confirmation exactly once in effect: the processed-message row,
 * the stock changes, the acknowledgement and the shipment (scheduled when some line is
 * accepted) are written in one transaction, and a redelivery finds the row and gets the
 * stored acknowledgement back, changing nothing. A purchase whose cancellation came first
 * is rejected line by line.
 */
@Service
public class ApplyPurchaseConfirmation {

	static final String UNKNOWN_PRODUCT = "unknown product";

	static final String CANCELLED = "cancelled before the purchase arrived";

	private final ManufacturerProperties manufacturer;

	private final PurchaseRepository purchases;

	private final ProcessedMessages processed;

	private final JsonMapper jsonMapper;

	private final ScheduleShipment shipments;

	private final Clock clock;

	ApplyPurchaseConfirmation(ManufacturerProperties manufacturer, PurchaseRepository purchases,
			ProcessedMessages processed, ScheduleShipment shipments, JsonMapper jsonMapper, Clock clock) {
		this.manufacturer = manufacturer;
		this.purchases = purchases;
		this.processed = processed;
		this.shipments = shipments;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * @param confirmation a confirmation addressed to this manufacturer, every line with
	 * a positive quantity
	 */
	@Transactional
	public AppliedConfirmation apply(PurchaseConfirmation confirmation) {
		if (!this.processed.markProcessed(confirmation.messageId(), PurchaseConfirmation.TYPE)) {
			return new AppliedConfirmation(storedAcknowledgement(confirmation.messageId()), true);
		}
		boolean open = this.shipments.open(confirmation.subOrderId(), confirmation.messageId());
		var acknowledgement = new PurchaseAcknowledgement(UUID.randomUUID().toString(),
				PurchaseAcknowledgement.SCHEMA_VERSION, this.clock.instant(), this.manufacturer.code(),
				confirmation.messageId(), confirmation.subOrderId(),
				open ? applyLines(confirmation.lines()) : rejectCancelled(confirmation.lines()));
		var applied = new AppliedConfirmation(acknowledgement, false);
		if (applied.acceptedLines() > 0) {
			this.shipments.schedule(confirmation.subOrderId(), acknowledgement.sentAt());
		}
		this.purchases.storeAcknowledgement(confirmation.messageId(),
				this.jsonMapper.writeValueAsString(acknowledgement), applied.acceptedLines(), applied.rejectedLines());
		return applied;
	}

	/**
	 * Applies the lines in sku order, the order every confirmation locks product rows in,
	 * so that two confirmations never wait for each other; answers in the lines' order.
	 */
	private List<LineOutcome> applyLines(List<PurchaseConfirmation.Line> lines) {
		LineOutcome[] outcomes = new LineOutcome[lines.size()];
		IntStream.range(0, lines.size())
			.boxed()
			.sorted(Comparator.comparing((Integer i) -> lines.get(i).sku()))
			.forEach((i) -> outcomes[i] = applyLine(lines.get(i)));
		return List.of(outcomes);
	}

	/**
	 * The purchase of a sub-order cancelled before it arrived: every line rejected, and
	 * counted in the applied total like any rejected line, so that the books balance.
	 */
	private List<LineOutcome> rejectCancelled(List<PurchaseConfirmation.Line> lines) {
		return lines.stream().map((line) -> {
			this.purchases.countRejected(line.sku(), line.quantity());
			return new LineOutcome(line.sku(), line.quantity(), false, CANCELLED);
		}).toList();
	}

	private LineOutcome applyLine(PurchaseConfirmation.Line line) {
		if (this.purchases.supply(line.sku(), line.quantity())) {
			return new LineOutcome(line.sku(), line.quantity(), true, null);
		}
		if (!this.purchases.countRejected(line.sku(), line.quantity())) {
			return new LineOutcome(line.sku(), line.quantity(), false, UNKNOWN_PRODUCT);
		}
		return new LineOutcome(line.sku(), line.quantity(), false,
				"only " + this.purchases.available(line.sku()) + " left");
	}

	private PurchaseAcknowledgement storedAcknowledgement(String confirmationId) {
		String stored = this.purchases.findAcknowledgement(confirmationId)
			.orElseThrow(() -> new IllegalStateException(
					"Message " + confirmationId + " was processed, but not as a purchase confirmation"));
		return this.jsonMapper.readValue(stored, PurchaseAcknowledgement.class);
	}

}
