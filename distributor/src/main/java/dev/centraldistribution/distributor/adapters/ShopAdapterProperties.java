package dev.centraldistribution.distributor.adapters;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox delivers to shops ({@code distributor.adapters.shop.*}).
 *
 * @param maxAttempts failed attempts after which a message to a shop is given up: kept as
 * a dead letter ({@code distributor.outbox.dead}, the console's dead letters), not tried
 * again
 * @param requestTimeout how long one order, cancellation or status may take, answer
 * included
 * @param trackingEnabled ask the shops after their open sub-orders (tests switch it off)
 * @param trackingInterval time between two runs asking the shops after their accepted and
 * shipped sub-orders ({@link ShopTracker}), on one instance at a time
 */
@Validated
@ConfigurationProperties("distributor.adapters.shop")
record ShopAdapterProperties(@Min(1) @Max(1000) @DefaultValue("20") int maxAttempts,
		@NotNull @DurationMin(millis = 1) @DefaultValue("5s") Duration requestTimeout,
		@DefaultValue("true") boolean trackingEnabled,
		@NotNull @DurationMin(millis = 100) @DefaultValue("10s") Duration trackingInterval) {

}
