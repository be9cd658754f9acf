package dev.centraldistribution.distributor.web.dashboard;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.centraldistribution.distributor.web.platform.streams.LiveStreamSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's stream of live updates ({@code GET /dashboard/updates}).
 *
 * @param heartbeat how often an idle stream gets a comment, so that connections that died
 * unnoticed are found and proxies do not close idle ones
 * @param timeout how long one stream stays open; the browser then reconnects, which
 * spreads streams again over instances that came back
 * @param reconnectDelay how long a browser waits before reconnecting a dropped stream
 * (the {@code retry:} field)
 * @param maxSubscribers open streams this instance serves at most; past that it answers
 * 503
 * @param maxSubscribersPerSession open streams one session may hold on this instance (a
 * tab each); past that it answers 429, so that one customer cannot take every stream
 * @param maxSubscribersPerAddress open streams one client address may hold on this
 * instance; past that 429. More than per session: many customers may share an address
 * @param senderThreads threads writing events to the streams of this instance
 */
@Validated
@ConfigurationProperties("distributor.live-updates.dashboard")
record DashboardStreamProperties(@NotNull Duration heartbeat, @NotNull Duration timeout,
		@NotNull Duration reconnectDelay, @Min(0) @Max(100_000) int maxSubscribers,
		@DefaultValue("5") @Min(1) int maxSubscribersPerSession,
		@DefaultValue("50") @Min(1) int maxSubscribersPerAddress,
		@Min(1) @Max(64) int senderThreads) implements LiveStreamSettings {

}
