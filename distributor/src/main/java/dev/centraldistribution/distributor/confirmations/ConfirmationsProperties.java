package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Purchase confirmations. Their {@code acknowledgement-deadline} belongs to the orders,
 * whose history shows the overdue sub-orders.
 *
 * @param refundRetryInterval how often refunds that failed are tried again
 * @param remindersEnabled schedule the reminders on this instance
 * @param reminderInterval how often overdue sub-orders are looked for, on one instance,
 * to send their confirmations again
 * @param maxReminderPause the longest pause between two reminders of one sub-order; the
 * pause starts at the acknowledgement deadline and doubles with each reminder
 */
@Validated
@ConfigurationProperties("distributor.confirmations")
record ConfirmationsProperties(@NotNull @DefaultValue("10s") Duration refundRetryInterval,
		@DefaultValue("true") boolean remindersEnabled,
		@NotNull @DurationMin(millis = 100) @DefaultValue("10s") Duration reminderInterval,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("5m") Duration maxReminderPause) {
}
