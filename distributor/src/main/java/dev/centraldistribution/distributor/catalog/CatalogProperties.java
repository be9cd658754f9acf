package dev.centraldistribution.distributor.catalog;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far one manufacturer's catalogue may grow, and its prices jump
 * ({@code distributor.catalog.*}).
 *
 * @param retireAfter an offering its manufacturer's snapshots have left out for this long
 * is retired at the next pull (docs/architecture.md, under invariant 2)
 * @param maxOfferingsPerManufacturer the most offerings of one manufacturer that are not
 * retired; a snapshot's new products beyond it wait until older offerings retire
 * @param maxPriceRise a snapshot asking more than this many times an offering's price
 * holds it off sale, at its old price, until the operator releases the new one
 * (docs/architecture.md, invariant 7)
 */
@Validated
@ConfigurationProperties("distributor.catalog")
record CatalogProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration retireAfter,
		@Min(1) @Max(1_000_000) @DefaultValue("10000") int maxOfferingsPerManufacturer,
		@NotNull @DecimalMin(value = "1", inclusive = false) @DefaultValue("10") BigDecimal maxPriceRise) {

	/**
	 * Whether a price asked by a snapshot rises beyond the bound. Minor units are
	 * compared as they are, whatever the currencies: a manufacturer changing currency is
	 * held as well when the number jumps.
	 * @param currentCents the offering's price now
	 * @param askedCents the snapshot's price
	 * @return whether the asked price is to be held for the operator
	 */
	boolean risesBeyondBound(long currentCents, long askedCents) {
		return BigDecimal.valueOf(askedCents)
			.compareTo(this.maxPriceRise.multiply(BigDecimal.valueOf(currentCents))) > 0;
	}

}
