package dev.centraldistribution.distributor.checkout;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Checkout settings ({@code distributor.checkout.*}).
 *
 * @param tokenTimeToLive how long a checkout form can be submitted after it was shown
 * @param tokenPurgeInterval how often the tokens of forms never submitted are forgotten
 * once they have lived that long
 */
@ConfigurationProperties("distributor.checkout")
@Validated
public record CheckoutProperties(@DefaultValue("24h") @NotNull Duration tokenTimeToLive,
		@DefaultValue("10m") @NotNull Duration tokenPurgeInterval) {

	public CheckoutProperties {
		if (tokenTimeToLive != null && (tokenTimeToLive.isNegative() || tokenTimeToLive.isZero())) {
			throw new IllegalArgumentException("distributor.checkout.token-time-to-live must be positive");
		}
		if (tokenPurgeInterval != null && (tokenPurgeInterval.isNegative() || tokenPurgeInterval.isZero())) {
			throw new IllegalArgumentException("distributor.checkout.token-purge-interval must be positive");
		}
	}

}
