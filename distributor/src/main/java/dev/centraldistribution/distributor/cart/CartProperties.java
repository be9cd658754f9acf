package dev.centraldistribution.distributor.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of a cart ({@code distributor.cart.*}).
 *
 * @param maxQuantityPerLine the most units of one offering a cart may hold
 * @param maxLines the most offerings a cart may hold
 */
@ConfigurationProperties("distributor.cart")
@Validated
public record CartProperties(@DefaultValue("100") @Min(1) @Max(10_000) int maxQuantityPerLine,
		@DefaultValue("50") @Min(1) @Max(1_000) int maxLines) {

}
