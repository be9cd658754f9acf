package dev.centraldistribution.distributor.confirmations;

import java.time.Instant;

/**
 * How often a sub-order's purchase confirmation was sent again because its manufacturer
 * had not answered.
 *
 * @param count reminders sent
 * @param lastSentAt when the latest was sent
 */
public record SentReminders(int count, Instant lastSentAt) {

}
