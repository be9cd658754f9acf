package dev.centraldistribution.distributor.confirmations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.messaging.OutboxMessageState;
import dev.centraldistribution.distributor.orders.SubOrderId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message trail of sub-orders for the operator's order page: the purchase
 * confirmation and the cancellation in the outbox, the reminders, the acknowledgement.
 * Three queries however many sub-orders.
 */
@Service
@Transactional(readOnly = true)
public class SubOrderMessages {

	private final Outbox outbox;

	private final AcknowledgementRecords acknowledgements;

	private final PurchaseReminders reminders;

	SubOrderMessages(Outbox outbox, AcknowledgementRecords acknowledgements, PurchaseReminders reminders) {
		this.outbox = outbox;
		this.acknowledgements = acknowledgements;
		this.reminders = reminders;
	}

	/**
	 * The trails of these sub-orders.
	 * @param subOrders the sub-orders
	 * @return a trail for each, in the order given
	 */
	public Map<SubOrderId, MessageTrail> of(Collection<SubOrderId> subOrders) {
		Map<SubOrderId, MessageTrail> trails = new LinkedHashMap<>();
		if (subOrders.isEmpty()) {
			return trails;
		}
		List<String> messageIds = new ArrayList<>();
		subOrders.forEach((subOrder) -> {
			messageIds.add(PurchaseConfirmations.messageId(subOrder));
			messageIds.add(PurchaseCancellations.messageId(subOrder));
		});
		Map<String, OutboxMessageState> sent = this.outbox.states(messageIds);
		Map<SubOrderId, ReceivedAcknowledgement> answers = this.acknowledgements.of(subOrders);
		Map<SubOrderId, SentReminders> reminded = this.reminders.sentFor(subOrders);
		for (SubOrderId subOrder : subOrders) {
			String purchase = PurchaseConfirmations.messageId(subOrder);
			String cancellation = PurchaseCancellations.messageId(subOrder);
			trails.put(subOrder, new MessageTrail(purchase, sent.get(purchase), reminded.get(subOrder),
					answers.get(subOrder), cancellation, sent.get(cancellation)));
		}
		return trails;
	}

}
