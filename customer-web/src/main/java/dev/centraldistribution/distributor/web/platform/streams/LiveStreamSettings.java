package dev.centraldistribution.distributor.web.platform.streams;

import java.time.Duration;

/**
 * The settings every kind of stream has, under its own prefix.
 */
public interface LiveStreamSettings {

	/**
	 * How often an idle stream gets a comment, so that connections that died unnoticed
	 * are found and proxies do not close idle ones.
	 */
	Duration heartbeat();

	/**
	 * How long one stream stays open; the browser then reconnects, which spreads streams
	 * again over instances that came back.
	 */
	Duration timeout();

	/** How long a browser waits before reconnecting (the {@code retry:} field). */
	Duration reconnectDelay();

	/** Open streams this instance serves at most; past that 503. */
	int maxSubscribers();

	/** Open streams one session (a tab each) may hold on this instance; past that 429. */
	int maxSubscribersPerSession();

	/**
	 * Open streams one client address may hold on this instance; past that 429. More than
	 * per session: many customers may share an address.
	 */
	int maxSubscribersPerAddress();

	/** Threads writing events to this kind's streams on this instance. */
	int senderThreads();

}
