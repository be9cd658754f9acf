package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.time.Instant;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutgoingMessage;
import dev.centraldistribution.distributor.orders.OrderPlaced;
import dev.centraldistribution.distributor.orders.SubOrderId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes one purchase confirmation per sub-order into the outbox, in the checkout
 * transaction: a manufacturer hears of a sale if and only if the order committed.
 */
@Component
class PurchaseConfirmations {

	private final Outbox outbox;

	private final Clock clock;

	PurchaseConfirmations(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(OrderPlaced order) {
		Instant now = this.clock.instant();
		for (OrderPlaced.SubOrder subOrder : order.subOrders()) {
			PurchaseConfirmation confirmation = new PurchaseConfirmation(messageId(subOrder.id()),
					PurchaseConfirmation.SCHEMA_VERSION, now, subOrder.manufacturerCode(), order.order().value(),
					subOrder.id().value(),
					subOrder.lines()
						.stream()
						.map((line) -> new PurchaseConfirmation.Line(line.sku(), line.quantity(),
								line.unitPriceCents()))
						.toList());
			this.outbox.append(new OutgoingMessage(confirmation.messageId(), MessagingTopology.PURCHASES_EXCHANGE,
					subOrder.manufacturerCode(), PurchaseConfirmation.TYPE, confirmation));
		}
	}

	/** Stable and unique per sub-order: the manufacturer deduplicates by it. */
	static String messageId(SubOrderId subOrder) {
		return "purchase-" + subOrder.value();
	}

}
