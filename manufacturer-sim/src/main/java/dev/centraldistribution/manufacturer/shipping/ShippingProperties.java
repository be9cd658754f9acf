package dev.centraldistribution.manufacturer.shipping;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How parcels travel ({@code manufacturer.shipping.*}).
 *
 * @param enabled run the shipping schedule (tests switch it off and ship by hand)
 * @param delay from accepting a purchase to shipping it
 * @param transit from shipping to delivery
 * @param checkInterval time between two looks for parcels due
 * @param carrier the carrier's name sent with each shipment
 */
@Validated
@ConfigurationProperties("manufacturer.shipping")
public record ShippingProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("20s") Duration delay,
		@NotNull @DefaultValue("40s") Duration transit, @NotNull @DefaultValue("1s") Duration checkInterval,
		@NotBlank @Size(max = 60) @DefaultValue("Parcelways") String carrier) {

	@AssertTrue(message = "delay and transit must not be negative, the check interval must be positive")
	public boolean isEveryDurationSensible() {
		return this.delay != null && !this.delay.isNegative() && this.transit != null && !this.transit.isNegative()
				&& this.checkInterval != null && !this.checkInterval.isNegative() && !this.checkInterval.isZero();
	}

}
