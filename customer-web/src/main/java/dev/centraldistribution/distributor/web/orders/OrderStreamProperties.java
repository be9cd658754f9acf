package dev.centraldistribution.distributor.web.orders;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import dev.centraldistribution.distributor.web.platform.streams.LiveStreamSettings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A customer's stream of order changes ({@code GET /orders/updates}), which their order
 * pages follow.
 *
 * @param heartbeat how often an idle stream gets a comment, so that dead connections are
 * found and proxies keep live ones open
 * @param timeout how long one stream stays open; the browser then reconnects
 * @param reconnectDelay how long a browser waits before reconnecting (the {@code retry:}
 * field)
 * @param maxSubscribers open streams this instance serves at most; past that 503
 * @param maxSubscribersPerSession open streams one session (a tab each) may hold on this
 * instance; past that 429
 * @param maxSubscribersPerAddress open streams one client address may hold on this
 * instance; past that 429. More than per session: many customers may share an address
 * @param senderThreads threads writing events to this instance's streams
 */
@Validated
@ConfigurationProperties("distributor.live-updates.orders")
record OrderStreamProperties(@NotNull @DefaultValue("15s") Duration heartbeat,
		@NotNull @DefaultValue("5m") Duration timeout, @NotNull @DefaultValue("1s") Duration reconnectDelay,
		@DefaultValue("1000") @Min(0) @Max(100_000) int maxSubscribers,
		@DefaultValue("5") @Min(1) int maxSubscribersPerSession,
		@DefaultValue("50") @Min(1) int maxSubscribersPerAddress,
		@DefaultValue("2") @Min(1) @Max(64) int senderThreads) implements LiveStreamSettings {

}
