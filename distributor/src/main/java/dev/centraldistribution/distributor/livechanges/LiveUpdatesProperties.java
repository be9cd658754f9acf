package dev.centraldistribution.distributor.livechanges;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How live changes (stock, orders) travel between instances.
 *
 * @param coalesceInterval changes committed on one instance within this interval travel
 * in one message (or a few, see {@code maxOfferingsPerMessage}): the longest a change
 * waits before it is sent
 * @param maxOfferingsPerMessage offerings named by one message at most; a pull that
 * changes more sends several (orders likewise)
 */
@Validated
@ConfigurationProperties("distributor.live-updates")
public record LiveUpdatesProperties(@NotNull Duration coalesceInterval,
		@Min(1) @Max(10_000) int maxOfferingsPerMessage) {

}
