package dev.centraldistribution.distributor.allocation;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How "buy from any manufacturer" allocates.
 *
 * @param regionRadiusKm manufacturers closer to each other than this are one region
 * @param maxQuantity the most units one proposal may ask for
 * @param maxPerManufacturer the most units one manufacturer supplies in a proposal; at
 * most the cart's {@code distributor.cart.max-quantity-per-line}, since a proposal is
 * bought through the cart
 * @param defaultCity the delivery city a proposal starts from ({@code Name, CC})
 * @param latencyWindow how far back balanced allocation looks for each manufacturer's
 * acknowledgement latency
 * @param latencyRefresh how long the latencies read for one proposal serve the next ones
 * (a proposal is checked again at checkout, so seconds-old latencies are harmless, and
 * reading them was the largest read of a proposal); zero reads them for every proposal
 */
@Validated
@ConfigurationProperties("distributor.allocation")
public record AllocationProperties(@DefaultValue("600") @Min(1) @Max(20_000) int regionRadiusKm,
		@DefaultValue("1000") @Min(1) @Max(100_000) int maxQuantity,
		@DefaultValue("100") @Min(1) @Max(10_000) int maxPerManufacturer,
		@DefaultValue("Paris, FR") @NotBlank String defaultCity, @DefaultValue("10m") @NotNull Duration latencyWindow,
		@DefaultValue("5s") @NotNull Duration latencyRefresh) {

}
