package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Purchase confirmations. Their {@code acknowledgement-deadline} belongs to the orders,
 * whose history shows the overdue sub-orders.
 *
 * @param refundRetryInterval how often refunds that failed are tried again
 */
@Validated
@ConfigurationProperties("distributor.confirmations")
record ConfirmationsProperties(@NotNull @DefaultValue("10s") Duration refundRetryInterval) {
}
