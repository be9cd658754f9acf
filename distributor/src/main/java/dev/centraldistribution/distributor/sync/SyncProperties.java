package dev.centraldistribution.distributor.sync;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import dev.centraldistribution.distributor.adapters.PullLimits;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the catalog is pulled from the manufacturers.
 *
 * @param enabled schedule the periodic pull on this instance; a pull can still be
 * triggered through {@link CatalogSync#pullAll()} when disabled
 * @param interval time between two scheduled rounds of pulls; a round starts a pull of
 * every manufacturer that is not still being pulled and does not wait for them to end;
 * across instances, at most one round starts per interval
 * @param initialDelay wait after the application is ready (Spring Boot's
 * {@code ApplicationReadyEvent}) before the first pull
 * @param connectTimeout to open the connection to one manufacturer
 * @param timeout deadline for one manufacturer's whole exchange: connection, answer and
 * body
 * @param maxResponseSize a larger body is refused while it streams in
 * @param maxProducts a snapshot listing more products is refused as a whole
 * @param parallelism manufacturers pulled at the same time on this instance
 * @param lockAtMostFor how long a crashed instance may keep the others from pulling; must
 * be longer than the interval and the timeout
 * @param conditionalRequests ask with the tag of the snapshot applied last
 * ({@code If-None-Match}), so that a manufacturer whose snapshot did not change answers
 * {@code 304 Not Modified} and nothing is read or applied
 * @param fullPullInterval read and apply a whole snapshot at least this often, whatever
 * the tags say
 */
@Validated
@ConfigurationProperties("distributor.sync")
record SyncProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DurationMin(millis = 100) @DefaultValue("10s") Duration interval,
		@NotNull @DefaultValue("0s") Duration initialDelay,
		@NotNull @DurationMin(millis = 1) @DefaultValue("2s") Duration connectTimeout,
		@NotNull @DurationMin(millis = 1) @DefaultValue("5s") Duration timeout,
		@NotNull @DefaultValue("4MB") DataSize maxResponseSize,
		@Min(1) @Max(1_000_000) @DefaultValue("10000") int maxProducts,
		@Min(1) @Max(64) @DefaultValue("8") int parallelism, @NotNull @DefaultValue("30s") Duration lockAtMostFor,
		@DefaultValue("true") boolean conditionalRequests, @NotNull @DefaultValue("60s") Duration fullPullInterval) {

	/**
	 * What one pull may cost, whatever the manufacturer's adapter.
	 * @return the connection, time, size and product limits
	 */
	PullLimits limits() {
		return new PullLimits(this.connectTimeout, this.timeout, this.maxResponseSize, this.maxProducts);
	}

	/**
	 * How long the lock stays held after a pull, however fast: slightly less than the
	 * interval, so that another instance whose schedule fires within the same interval
	 * finds it taken, and the next interval's pull finds it free.
	 * @return the interval minus a tenth of it, at most one second less
	 */
	Duration lockAtLeastFor() {
		return LockedJob.lockForAlmostTheInterval(this.interval);
	}

	@AssertTrue(message = "lock-at-most-for must be longer than interval and timeout")
	boolean isLockAtMostForLongEnough() {
		return this.lockAtMostFor == null || this.interval == null || this.timeout == null
				|| (this.lockAtMostFor.compareTo(this.interval) > 0 && this.lockAtMostFor.compareTo(this.timeout) > 0);
	}

	@AssertTrue(message = "max-response-size must be positive")
	boolean isMaxResponseSizePositive() {
		return this.maxResponseSize == null || this.maxResponseSize.toBytes() > 0;
	}

}
