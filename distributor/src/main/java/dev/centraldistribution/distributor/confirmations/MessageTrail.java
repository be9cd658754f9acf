package dev.centraldistribution.distributor.confirmations;

import dev.centraldistribution.distributor.messaging.OutboxMessageState;

/**
 * The messages between the distributor and a manufacturer about one sub-order, for the
 * operator: what was sent and how far it got, and what came back.
 *
 * @param purchaseMessageId the purchase confirmation's message id
 * @param purchase the purchase confirmation in the outbox, {@code null} when it is not
 * there
 * @param reminders how often it was sent again, {@code null} before the first reminder
 * @param acknowledgement the manufacturer's answer, {@code null} until it came
 * @param cancellationMessageId the cancellation's message id
 * @param cancellation the cancellation in the outbox, {@code null} unless the customer
 * asked to cancel
 */
public record MessageTrail(String purchaseMessageId, OutboxMessageState purchase, SentReminders reminders,
		ReceivedAcknowledgement acknowledgement, String cancellationMessageId, OutboxMessageState cancellation) {

}
