package dev.centraldistribution.manufacturer.production;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How production runs ({@code manufacturer.production.*}); what each tick makes is per
 * product, in the catalogue.
 *
 * @param enabled run the production schedule (tests switch it off and tick by hand)
 * @param interval time between the end of one tick and the start of the next
 */
@Validated
@ConfigurationProperties("manufacturer.production")
public record ProductionProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("5s") Duration interval) {

	@AssertTrue(message = "must be positive")
	public boolean isIntervalPositive() {
		return this.interval != null && !this.interval.isNegative() && !this.interval.isZero();
	}

}
