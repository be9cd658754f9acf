package dev.centraldistribution.distributor.orders;

import java.time.Duration;
import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a manufacturer may take to acknowledge its sub-order before the order history
 * shows it as overdue.
 *
 * @param acknowledgementDeadline the longest wait counted as normal
 */
@Validated
@ConfigurationProperties("distributor.confirmations")
record AcknowledgementDeadline(@NotNull @DefaultValue("30s") Duration acknowledgementDeadline) {

	/**
	 * Sub-orders of orders placed before this moment and still unanswered are overdue.
	 */
	Instant overdueIfPlacedBefore(Instant now) {
		return now.minus(this.acknowledgementDeadline);
	}

}
