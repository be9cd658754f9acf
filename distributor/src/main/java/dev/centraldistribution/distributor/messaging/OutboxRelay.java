package dev.centraldistribution.distributor.messaging;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.logging.LogFields;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.centraldistribution.distributor.adapters.Courier;
import dev.centraldistribution.distributor.adapters.Couriers;
import dev.centraldistribution.distributor.adapters.Sending;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers outbox messages through each destination's adapter ({@link Couriers}): for the
 * native one, publishing with publisher confirms and mandatory returns. A message is
 * marked sent only when its courier says it was taken (for the broker: a positive confirm
 * without a return); anything else (a nack, a return, a timeout, a broker or a
 * manufacturer that is gone, an HTTP error) retries it later with backoff. Woken right
 * after a commit that wrote messages, and polls in case a wake-up was missed or another
 * instance died holding claims.
 */
@Component
class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository repository;

	private final Couriers couriers;

	private final MessagingProperties.Relay settings;

	private final String relayId = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Semaphore wakeUp = new Semaphore(0);

	private final AtomicLong backlog = new AtomicLong();

	private final AtomicLong claims = new AtomicLong();

	/** When the oldest unsent message was written, as last counted; null: none. */
	private final AtomicReference<Instant> oldestUnsent = new AtomicReference<>();

	private final Counter publishes;

	private final Counter published;

	private final Counter failures;

	private final Counter deadLettered;

	private final Clock clock;

	private volatile Thread worker;

	private volatile boolean failing;

	/** When the backlog is next counted; only the worker thread uses it. */
	private Instant nextBacklogCount = Instant.EPOCH;

	OutboxRelay(OutboxRepository repository, Couriers couriers, MessagingProperties properties, MeterRegistry meters,
			Clock clock) {
		this.repository = repository;
		this.couriers = couriers;
		this.settings = properties.relay();
		this.publishes = Counter.builder("distributor.outbox.publishes")
			.description("Outbox messages handed to the broker (every attempt)")
			.register(meters);
		this.published = Counter.builder("distributor.outbox.published")
			.description("Outbox messages the broker confirmed (positive confirm, no return): marked sent")
			.register(meters);
		this.failures = Counter.builder("distributor.outbox.failures")
			.description("Publish attempts without a positive confirm (nack, return, timeout, no broker)")
			.register(meters);
		this.deadLettered = Counter.builder("distributor.outbox.dead-lettered")
			.description("Outbox messages given up after their courier's attempts (kept as dead letters)")
			.register(meters);
		Gauge.builder("distributor.outbox.dead", repository, OutboxRepository::dead)
			.description("Outbox messages given up, waiting for the operator")
			.register(meters);
		Gauge.builder("distributor.outbox.backlog", this.backlog, AtomicLong::get)
			.description("Outbox messages not yet confirmed by the broker")
			.register(meters);
		TimeGauge.builder("distributor.outbox.oldest.age", this, TimeUnit.SECONDS, OutboxRelay::oldestAgeSeconds)
			.description("Age of the oldest outbox message not yet confirmed by the broker; 0 when there is none")
			.register(meters);
		this.clock = clock;
	}

	/** Asks the relay to look for messages now. */
	void wake() {
		this.wakeUp.release();
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "outbox-relay");
		thread.setDaemon(true);
		this.worker = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.worker;
		this.worker = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.settings.confirmTimeout().toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.worker != null;
	}

	private void run() {
		while (this.worker == Thread.currentThread()) {
			try {
				relayUntilNothingIsDue();
				refreshBacklogIfDue();
				this.wakeUp.tryAcquire(this.settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUp.drainPermits();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox relay pass failed, retrying: {}", ex.toString());
				sleepQuietly(this.settings.pollInterval());
			}
		}
	}

	/** Relays batches until a batch comes back smaller than the batch size. */
	int relayUntilNothingIsDue() {
		int total = 0;
		List<PendingMessage> batch;
		do {
			Instant now = this.clock.instant();
			batch = this.repository.claim(this.relayId + "#" + this.claims.incrementAndGet(), now,
					now.plus(this.settings.lease()), this.settings.batchSize());
			total += publish(batch);
		}
		while (batch.size() == this.settings.batchSize() && !Thread.currentThread().isInterrupted());
		return total;
	}

	private int publish(List<PendingMessage> batch) {
		if (batch.isEmpty()) {
			return 0;
		}
		List<Sending> outcomes = new ArrayList<>(batch.size());
		List<Courier> used = new ArrayList<>(batch.size());
		this.publishes.increment(batch.size());
		Map<String, Courier> couriers = new HashMap<>();
		for (PendingMessage message : batch) {
			try (LogFields.Scope fields = fieldsOf(message)) {
				Courier courier = couriers.computeIfAbsent(message.exchange() + " " + message.routingKey(),
						(destination) -> this.couriers.forDestination(message.exchange(), message.routingKey()));
				used.add(courier);
				outcomes.add(courier.send(message.parcel()));
			}
		}
		List<Long> sent = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			PendingMessage message = batch.get(i);
			String failure;
			try (LogFields.Scope fields = fieldsOf(message)) {
				failure = outcomes.get(i).awaitFailure(this.settings.confirmTimeout());
			}
			if (failure == null) {
				sent.add(message.id());
			}
			else if (used.get(i).gaveUp(message.attempts() + 1)) {
				this.repository.markDead(message.id(), failure, this.clock.instant());
				this.failures.increment();
				this.deadLettered.increment();
				try (LogFields.Scope fields = fieldsOf(message)) {
					logger.error("Outbox gave {} ({}) up after {} attempts: {}; kept as a dead letter",
							message.messageId(), message.type(), message.attempts() + 1, failure);
				}
			}
			else {
				this.repository.markFailed(message.id(), failure,
						this.clock.instant().plus(backoff(message.attempts())));
				this.failures.increment();
				try (LogFields.Scope fields = fieldsOf(message)) {
					logFailure(message, failure);
				}
			}
		}
		this.repository.markSent(sent, this.clock.instant());
		this.published.increment(sent.size());
		if (!sent.isEmpty() && this.failing) {
			this.failing = false;
			logger.info("Outbox relay publishes again");
		}
		return sent.size();
	}

	/** Counts the backlog at most once per poll interval, not after every wake-up. */
	private void refreshBacklogIfDue() {
		Instant now = this.clock.instant();
		if (!now.isBefore(this.nextBacklogCount)) {
			this.backlog.set(this.repository.backlog());
			this.oldestUnsent.set(this.repository.oldestUnsent().orElse(null));
			this.nextBacklogCount = now.plus(this.settings.pollInterval());
		}
	}

	/**
	 * The message id, and the manufacturer of a purchase or cycle summary, for its log
	 * lines.
	 */
	private static LogFields.Scope fieldsOf(PendingMessage message) {
		String manufacturer = MessagingTopology.PURCHASES_EXCHANGE.equals(message.exchange()) ? message.routingKey()
				: null;
		return LogFields.with(LogFields.MESSAGE_ID, message.messageId(), LogFields.MANUFACTURER, manufacturer);
	}

	/** Counted with the backlog (once per poll interval), aged at every scrape. */
	private double oldestAgeSeconds() {
		Instant oldest = this.oldestUnsent.get();
		if (oldest == null || this.backlog.get() == 0) {
			return 0;
		}
		return Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0);
	}

	private void logFailure(PendingMessage message, String failure) {
		if (!this.failing) {
			this.failing = true;
			logger.warn("Outbox relay could not publish {} ({}): {}; retrying with backoff", message.messageId(),
					message.type(), failure);
		}
	}

	private Duration backoff(int attempts) {
		long millis = 200L << Math.min(attempts, 16);
		return Duration.ofMillis(Math.min(millis, this.settings.maxBackoff().toMillis()));
	}

	private static void sleepQuietly(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
