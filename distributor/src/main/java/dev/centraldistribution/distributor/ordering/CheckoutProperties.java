package dev.centraldistribution.distributor.ordering;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Checkout settings ({@code distributor.checkout.*}).
 *
 * @param tokenTimeToLive how long a checkout form can be submitted after it was shown
 */
@ConfigurationProperties("distributor.checkout")
@Validated
public record CheckoutProperties(@DefaultValue("24h") @NotNull Duration tokenTimeToLive) {

	public CheckoutProperties {
		if (tokenTimeToLive != null && (tokenTimeToLive.isNegative() || tokenTimeToLive.isZero())) {
			throw new IllegalArgumentException("distributor.checkout.token-time-to-live must be positive");
		}
	}

}
