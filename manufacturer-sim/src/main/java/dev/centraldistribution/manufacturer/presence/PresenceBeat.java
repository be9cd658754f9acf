package dev.centraldistribution.manufacturer.presence;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Says hello, beats, and says bye. Once the application runs, a thread of its own says
 * hello, then beats every heartbeat interval; while the broker cannot be reached or no
 * distributor listens (a hello that no queue takes comes back), it says hello again at
 * every beat until one is taken, never holding up the start. The hello is repeated every
 * hello interval. On a clean stop (SIGTERM, Ctrl-C) it says bye before anything else
 * stops, while the broker connection is still open.
 */
final class PresenceBeat implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PresenceBeat.class);

	private final Announcements announcements;

	private final PresencePublisher publisher;

	private final PresenceProperties properties;

	private final Supplier<URI> baseUrl;

	private final Clock clock;

	private final Duration stopTimeout;

	private volatile ScheduledExecutorService beating;

	private volatile boolean running;

	/** Only the beating thread touches these, and stop() once it has ended. */
	private URI announcedUrl;

	private boolean announced;

	private boolean failing;

	private Instant nextHello = Instant.MIN;

	/**
	 * @param publisher {@code null} when there is no secret to sign with: nothing is sent
	 * @param baseUrl where the distributor pulls, asked once the web server runs;
	 * {@code null} when there is none
	 * @param stopTimeout how long stopping may wait for a beat in progress
	 */
	PresenceBeat(Announcements announcements, PresencePublisher publisher, PresenceProperties properties,
			Supplier<URI> baseUrl, Clock clock, Duration stopTimeout) {
		this.announcements = announcements;
		this.publisher = publisher;
		this.properties = properties;
		this.baseUrl = baseUrl;
		this.clock = clock;
		this.stopTimeout = stopTimeout;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.publisher == null) {
			return;
		}
		URI url = this.baseUrl.get();
		if (url == null) {
			logger.warn("No base URL to announce (no web server, manufacturer.presence.base-url unset): "
					+ "this manufacturer does not announce itself");
			return;
		}
		this.announcedUrl = url;
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "presence-beat");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleAtFixedRate(this::beat, 0, this.properties.heartbeatInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		this.beating = executor;
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService executor = this.beating;
		this.beating = null;
		if (executor == null) {
			return;
		}
		executor.shutdown();
		try {
			if (!executor.awaitTermination(this.stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				executor.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (this.announced) {
			sayBye();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops first, starts last: the bye goes out before the web server and consumers
	 * stop.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

	private void beat() {
		try {
			Instant now = this.clock.instant();
			if (!this.announced || !now.isBefore(this.nextHello)) {
				this.publisher.publish(this.announcements.hello(this.announcedUrl));
				if (!this.announced) {
					logger.info("Announced to the distributor at {}; beating every {}", this.announcedUrl,
							this.properties.heartbeatInterval());
				}
				this.announced = true;
				this.nextHello = now.plus(this.properties.helloInterval());
			}
			this.publisher.publish(this.announcements.heartbeat());
			if (this.failing) {
				logger.info("Heartbeats reach the distributor again");
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			// Not confirmed, returned, broker gone, database gone: a distributor that may
			// have lost us with its broker hears hello again.
			this.announced = false;
			if (!this.failing) {
				logger.warn("Presence not delivered ({}); saying hello again every {} until it is", ex.getMessage(),
						this.properties.heartbeatInterval());
				this.failing = true;
			}
		}
	}

	private void sayBye() {
		try {
			this.publisher.publish(this.announcements.bye());
			logger.info("Said bye to the distributor");
		}
		catch (RuntimeException ex) {
			logger.warn("Could not say bye ({}): the distributor will find this manufacturer silent", ex.getMessage());
		}
	}

}
