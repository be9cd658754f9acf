package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Purchase confirmations.
 *
 * @param acknowledgementDeadline how long a manufacturer may take to answer before its
 * sub-order counts as overdue
 * @param refundRetryInterval how often refunds that failed are tried again
 */
@Validated
@ConfigurationProperties("distributor.confirmations")
record ConfirmationsProperties(@NotNull @DefaultValue("30s") Duration acknowledgementDeadline,
		@NotNull @DefaultValue("10s") Duration refundRetryInterval) {
}
