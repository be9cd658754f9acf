package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseCancellation;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutgoingMessage;
import dev.centraldistribution.distributor.orders.CancellationRequested;
import dev.centraldistribution.distributor.orders.SubOrderId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the cancellation of a sub-order into the outbox, in the transaction of the
 * customer's request: the manufacturer hears of it if and only if the request committed.
 */
@Component
class PurchaseCancellations {

	private final Outbox outbox;

	private final Clock clock;

	PurchaseCancellations(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	@EventListener
	void on(CancellationRequested request) {
		PurchaseCancellation cancellation = new PurchaseCancellation(messageId(request.subOrder()),
				PurchaseCancellation.SCHEMA_VERSION, this.clock.instant(), request.manufacturerCode(),
				PurchaseConfirmations.messageId(request.subOrder()), request.subOrder().value());
		this.outbox.append(new OutgoingMessage(cancellation.messageId(), MessagingTopology.PURCHASES_EXCHANGE,
				request.manufacturerCode(), PurchaseCancellation.TYPE, cancellation));
	}

	/** Stable and unique per sub-order: a sub-order is asked to cancel once. */
	static String messageId(SubOrderId subOrder) {
		return "cancellation-" + subOrder.value();
	}

}
