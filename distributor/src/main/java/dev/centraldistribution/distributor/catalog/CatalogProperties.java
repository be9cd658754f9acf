package dev.centraldistribution.distributor.catalog;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far one manufacturer's catalogue may grow ({@code distributor.catalog.*}).
 *
 * @param retireAfter an offering its manufacturer's snapshots have left out for this long
 * is retired at the next pull (docs/architecture.md, under invariant 2)
 * @param maxOfferingsPerManufacturer the most offerings of one manufacturer that are not
 * retired; a snapshot's new products beyond it wait until older offerings retire
 */
@Validated
@ConfigurationProperties("distributor.catalog")
record CatalogProperties(@NotNull @DurationMin(seconds = 1) @DefaultValue("1h") Duration retireAfter,
		@Min(1) @Max(1_000_000) @DefaultValue("10000") int maxOfferingsPerManufacturer) {

}
