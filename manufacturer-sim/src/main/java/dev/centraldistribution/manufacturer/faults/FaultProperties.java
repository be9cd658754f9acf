package dev.centraldistribution.manufacturer.faults;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Faults injected into {@code GET /api/offerings} to test how the distributor copes
 * ({@code manufacturer.faults.*}). Everything is off by default; other endpoints are
 * never affected.
 *
 * @param latency added before every offerings response, e.g. {@code 3s} to trip the
 * distributor's timeout; {@code 0s} (default) adds none
 * @param errorShare share of offerings requests answered with HTTP 500, from {@code 0.0}
 * (default, never) to {@code 1.0} (always); drawn independently per request
 * @param badData how a successful response is spoiled: {@code none} (default),
 * {@code broken-json}, {@code negative-quantities}, {@code absurd-values},
 * {@code html-names}, {@code missing-fields} or {@code huge-payload} (see
 * {@link BadData})
 * @param badDataShare share of successful responses spoiled when {@code badData} is set,
 * from {@code 0.0} to {@code 1.0} (default, every response)
 * @param hugePayloadSize at least how large a {@code huge-payload} body is, default
 * {@code 8MB}
 */
@Validated
@ConfigurationProperties("manufacturer.faults")
public record FaultProperties(@NotNull @DefaultValue("0s") Duration latency,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.0") double errorShare,
		@NotNull @DefaultValue("none") BadData badData,
		@DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("1.0") double badDataShare,
		@NotNull @DefaultValue("8MB") DataSize hugePayloadSize) {

	@AssertTrue(message = "must not be negative")
	public boolean isLatencyNotNegative() {
		return this.latency != null && !this.latency.isNegative();
	}

	/**
	 * Whether any fault is configured.
	 */
	public boolean injectsAnyFault() {
		return !(this.latency.isNegative() || this.latency.isZero()) || this.errorShare > 0
				|| this.badData != BadData.NONE;
	}

}
