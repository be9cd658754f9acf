package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.centraldistribution.contracts.PresenceSignature;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How manufacturers announce themselves and how the failure detector judges them
 * ({@code distributor.presence.*}).
 *
 * @param secret the secret shared with the manufacturers, at least 16 characters
 * ({@code DISTRIBUTOR_PRESENCE_SECRET}); without it every presence message is refused and
 * manufacturers are judged by their pulls alone
 * @param enabled run the detector's periodic check on this instance; across instances one
 * runs it per interval. Presence messages are consumed either way.
 * @param checkInterval how often silence and the time since suspect are checked
 * @param missedHeartbeats heartbeats missed (and half an interval) before suspect
 * @param downAfter suspect for this long without coming back: down; at most 2 minutes
 * @param maxClockSkew a message sent longer ago than this, or this far in the future by
 * our clock, is refused: a replay, or one that waited too long to mean anything
 * @param maxMessageSize a larger message is dead-lettered unread
 * @param maxHellosPerMinute hellos accepted per manufacturer code and minute on this
 * instance; more are refused
 * @param ownPort this distributor's HTTP port: a base URL on this port of one of this
 * machine's addresses is refused (set to {@code server.port} in distributor.yaml)
 * @param forbiddenBaseUrls more addresses of this distributor (its load balancer, its
 * public name) that no manufacturer may announce, scheme, host and port compared
 * @param unlistUnconfigured at startup, make every registered manufacturer that is not in
 * this instance's {@code distributor.manufacturers} and never announced itself
 * {@link ManufacturerState#UNLISTED}: not pulled, not sold, its messages held. Every
 * instance must then have the same list.
 */
@Validated
@ConfigurationProperties("distributor.presence")
record PresenceProperties(String secret, @DefaultValue("true") boolean enabled,
		@NotNull @DurationMin(millis = 50) @DefaultValue("1s") Duration checkInterval,
		@Min(1) @Max(100) @DefaultValue("3") int missedHeartbeats,
		@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 2) @DefaultValue("60s") Duration downAfter,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("30s") Duration maxClockSkew,
		@NotNull @DefaultValue("16KB") DataSize maxMessageSize,
		@Min(1) @Max(1000) @DefaultValue("6") int maxHellosPerMinute,
		@Min(0) @Max(65535) @DefaultValue("8080") int ownPort, @DefaultValue List<URI> forbiddenBaseUrls,
		@DefaultValue("true") boolean unlistUnconfigured) {

	/** Shortest and longest heartbeat interval a manufacturer may announce. */
	static final Duration MIN_HEARTBEAT_INTERVAL = Duration.ofMillis(100);

	static final Duration MAX_HEARTBEAT_INTERVAL = Duration.ofSeconds(30);

	boolean hasSecret() {
		return this.secret != null && !this.secret.isEmpty();
	}

	@AssertTrue(
			message = "secret must be at least " + PresenceSignature.MIN_SECRET_LENGTH + " characters long, or unset")
	boolean isSecretLongEnough() {
		return !hasSecret() || this.secret.length() >= PresenceSignature.MIN_SECRET_LENGTH;
	}

	@AssertTrue(message = "max-message-size must be between 1 byte and 1MB")
	boolean isMaxMessageSizeSensible() {
		return this.maxMessageSize == null || (this.maxMessageSize.toBytes() > 0
				&& this.maxMessageSize.toBytes() <= DataSize.ofMegabytes(1).toBytes());
	}

	/** The periodic check, on one instance per interval. */
	LockedJob checkJob() {
		// A check takes milliseconds; a crashed instance holds the lock at most a few
		// intervals, never long enough to miss down-after by much.
		Duration lockAtMostFor = this.checkInterval.multipliedBy(5);
		return new LockedJob("Manufacturer presence check", "presence-check", "presence-check-", this.checkInterval,
				this.checkInterval, lockAtMostFor, LockedJob.lockForAlmostTheInterval(this.checkInterval));
	}

}
