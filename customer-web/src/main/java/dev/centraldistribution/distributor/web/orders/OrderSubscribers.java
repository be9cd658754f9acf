package dev.centraldistribution.distributor.web.orders;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The customers' order streams open on this instance, by customer: passes each
 * {@link OrdersChanged} on to the streams of that order's customer and no one else's,
 * sends heartbeats, refuses streams past the configured numbers (for the instance, and
 * for one session), and ends them all when the instance shuts down. Publishes the gauge
 * {@code distributor.live-updates.order-subscribers}.
 */
@Component
@EnableConfigurationProperties(OrderStreamProperties.class)
class OrderSubscribers implements DisposableBean {

	static final String SUBSCRIBERS_GAUGE = "distributor.live-updates.order-subscribers";

	private final OrderStreamProperties properties;

	/** Every open stream, with the session holding it. */
	private final Map<OrderSubscriber, String> sessions = new ConcurrentHashMap<>();

	/** Open streams per customer. */
	private final Map<CustomerId, Set<OrderSubscriber>> byCustomer = new ConcurrentHashMap<>();

	/** Open streams per session (guarded by this). */
	private final Map<String, Integer> perSession = new HashMap<>();

	private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();

	private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

	OrderSubscribers(OrderStreamProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.senders.setCorePoolSize(properties.senderThreads());
		this.senders.setThreadNamePrefix("order-stream-");
		this.senders.setDaemon(true);
		this.senders.initialize();
		this.heartbeats.setThreadNamePrefix("order-heartbeat-");
		this.heartbeats.setDaemon(true);
		this.heartbeats.initialize();
		this.heartbeats.scheduleAtFixedRate(this::heartbeat, Instant.now().plus(properties.heartbeat()),
				properties.heartbeat());
		Gauge.builder(SUBSCRIBERS_GAUGE, this.sessions, Map::size)
			.description("Order streams open on this instance")
			.register(meters);
	}

	/**
	 * Opens a stream of the customer's order changes, unless this instance or the session
	 * already hold as many as they may.
	 * @param customer whose orders
	 * @param session the session asking (or the customer, when there is no session)
	 * @return the stream, or the status to refuse it with
	 */
	synchronized Opened subscribe(CustomerId customer, String session) {
		if (this.sessions.size() >= this.properties.maxSubscribers()) {
			return new Opened(null, HttpStatus.SERVICE_UNAVAILABLE);
		}
		if (this.perSession.getOrDefault(session, 0) >= this.properties.maxSubscribersPerSession()) {
			return new Opened(null, HttpStatus.TOO_MANY_REQUESTS);
		}
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		OrderSubscriber subscriber = new OrderSubscriber(customer, emitter, this.senders, this::remove);
		this.sessions.put(subscriber, session);
		this.byCustomer.computeIfAbsent(customer, (key) -> ConcurrentHashMap.newKeySet()).add(subscriber);
		this.perSession.merge(session, 1, Integer::sum);
		emitter.onTimeout(subscriber::complete);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onError((ex) -> remove(subscriber));
		try {
			emitter.send(SseEmitter.event().reconnectTime(this.properties.reconnectDelay().toMillis()).comment("open"));
		}
		catch (IOException ex) {
			remove(subscriber);
			emitter.completeWithError(ex);
		}
		return new Opened(emitter, null);
	}

	/** Forgets a stream, once however many of its callbacks report it gone. */
	private synchronized void remove(OrderSubscriber subscriber) {
		String session = this.sessions.remove(subscriber);
		if (session != null) {
			this.perSession.computeIfPresent(session, (key, open) -> (open > 1) ? open - 1 : null);
			this.byCustomer.computeIfPresent(subscriber.customer(), (key, open) -> {
				open.remove(subscriber);
				return open.isEmpty() ? null : open;
			});
		}
	}

	int count() {
		return this.sessions.size();
	}

	@EventListener
	void on(OrdersChanged changed) {
		if (this.sessions.isEmpty()) {
			return;
		}
		for (OrdersChanged.Change change : changed.changes()) {
			Set<OrderSubscriber> streams = this.byCustomer.get(change.customer());
			if (streams != null) {
				List.copyOf(streams).forEach((stream) -> stream.offer(change.order().value()));
			}
		}
	}

	@EventListener(ContextClosedEvent.class)
	void endAllStreams() {
		List.copyOf(this.sessions.keySet()).forEach(OrderSubscriber::complete);
	}

	private void heartbeat() {
		this.sessions.keySet().forEach(OrderSubscriber::heartbeat);
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdown();
		this.senders.shutdown();
	}

	/**
	 * What asking for a stream gave.
	 *
	 * @param emitter the open stream, {@code null} when refused
	 * @param refusal 503 when this instance serves all it may, 429 when the session holds
	 * all it may; {@code null} when open
	 */
	record Opened(SseEmitter emitter, HttpStatus refusal) {
	}

}
