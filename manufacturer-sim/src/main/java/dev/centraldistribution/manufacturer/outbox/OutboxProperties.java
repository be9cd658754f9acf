package dev.centraldistribution.manufacturer.outbox;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox is relayed ({@code manufacturer.outbox.*}).
 *
 * @param relayInterval time between two rounds of the relay
 * @param batchSize messages published per round at most
 */
@Validated
@ConfigurationProperties("manufacturer.outbox")
public record OutboxProperties(@NotNull @DefaultValue("1s") Duration relayInterval,
		@Min(1) @Max(1000) @DefaultValue("100") int batchSize) {

	@AssertTrue(message = "must be positive")
	public boolean isRelayIntervalPositive() {
		return this.relayInterval != null && !this.relayInterval.isNegative() && !this.relayInterval.isZero();
	}

}
