package dev.centraldistribution.distributor.web.dashboard;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
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
 * @param senderThreads threads writing events to the streams of this instance
 */
@Validated
@ConfigurationProperties("distributor.live-updates.dashboard")
record DashboardStreamProperties(@NotNull Duration heartbeat, @NotNull Duration timeout,
		@NotNull Duration reconnectDelay, @Min(0) @Max(100_000) int maxSubscribers,
		@Min(1) @Max(64) int senderThreads) {

}
