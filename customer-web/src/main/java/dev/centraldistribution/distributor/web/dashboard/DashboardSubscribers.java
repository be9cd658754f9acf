package dev.centraldistribution.distributor.web.dashboard;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard streams open on this instance: passes every {@link StockLevelsChanged} on
 * to each of them, sends heartbeats, refuses streams past the configured numbers (for the
 * instance, and for one session or one client address, so that one customer cannot hold
 * them all), and ends them all when the instance shuts down, so that graceful shutdown
 * does not wait for them and browsers reconnect to another instance. Publishes the gauge
 * {@code distributor.live-updates.subscribers}.
 */
@Component
@EnableConfigurationProperties(DashboardStreamProperties.class)
class DashboardSubscribers implements DisposableBean {

	static final String SUBSCRIBERS_GAUGE = "distributor.live-updates.subscribers";

	private final DashboardStreamProperties properties;

	/** Every open stream, with the client holding it. */
	private final Map<DashboardSubscriber, Client> subscribers = new ConcurrentHashMap<>();

	/** Open streams per session and per client address (guarded by this). */
	private final Map<String, Integer> perSession = new HashMap<>();

	private final Map<String, Integer> perAddress = new HashMap<>();

	private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();

	private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

	DashboardSubscribers(DashboardStreamProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.senders.setCorePoolSize(properties.senderThreads());
		this.senders.setThreadNamePrefix("dashboard-stream-");
		this.senders.setDaemon(true);
		this.senders.initialize();
		this.heartbeats.setThreadNamePrefix("dashboard-heartbeat-");
		this.heartbeats.setDaemon(true);
		this.heartbeats.initialize();
		this.heartbeats.scheduleAtFixedRate(this::heartbeat, Instant.now().plus(properties.heartbeat()),
				properties.heartbeat());
		Gauge.builder(SUBSCRIBERS_GAUGE, this.subscribers, Map::size)
			.description("Dashboard streams open on this instance")
			.register(meters);
	}

	/**
	 * Opens a stream, unless this instance, the session or the client address already
	 * hold as many as they may.
	 * @param session the session asking (or the customer, when there is no session)
	 * @param address the client's address
	 * @return the stream, or why it was refused
	 */
	synchronized Subscription subscribe(String session, String address) {
		if (this.subscribers.size() >= this.properties.maxSubscribers()) {
			return Subscription.INSTANCE_FULL;
		}
		if (this.perSession.getOrDefault(session, 0) >= this.properties.maxSubscribersPerSession()
				|| this.perAddress.getOrDefault(address, 0) >= this.properties.maxSubscribersPerAddress()) {
			return Subscription.TOO_MANY_FOR_CLIENT;
		}
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		DashboardSubscriber subscriber = new DashboardSubscriber(emitter, this.senders, this::remove);
		this.subscribers.put(subscriber, new Client(session, address));
		this.perSession.merge(session, 1, Integer::sum);
		this.perAddress.merge(address, 1, Integer::sum);
		emitter.onTimeout(subscriber::complete);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onError((ex) -> remove(subscriber));
		try {
			// Sent as soon as the response starts: tells the browser how soon to
			// reconnect, and opens the stream through proxies right away.
			emitter.send(SseEmitter.event().reconnectTime(this.properties.reconnectDelay().toMillis()).comment("open"));
		}
		catch (IOException ex) {
			remove(subscriber);
			emitter.completeWithError(ex);
		}
		return new Subscription(emitter);
	}

	/** Forgets a stream, once however many of its callbacks report it gone. */
	private synchronized void remove(DashboardSubscriber subscriber) {
		Client client = this.subscribers.remove(subscriber);
		if (client != null) {
			this.perSession.computeIfPresent(client.session(), (key, open) -> (open > 1) ? open - 1 : null);
			this.perAddress.computeIfPresent(client.address(), (key, open) -> (open > 1) ? open - 1 : null);
		}
	}

	int count() {
		return this.subscribers.size();
	}

	@EventListener
	void on(StockLevelsChanged changed) {
		if (this.subscribers.isEmpty()) {
			return;
		}
		Map<Long, Long> levels = new LinkedHashMap<>();
		changed.levels().forEach((level) -> levels.put(level.offering().value(), level.available()));
		for (DashboardSubscriber subscriber : List.copyOf(this.subscribers.keySet())) {
			subscriber.offer(levels);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void endAllStreams() {
		List.copyOf(this.subscribers.keySet()).forEach(DashboardSubscriber::complete);
	}

	private void heartbeat() {
		this.subscribers.keySet().forEach(DashboardSubscriber::heartbeat);
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdown();
		this.senders.shutdown();
	}

	/**
	 * Who holds a stream.
	 *
	 * @param session the session (or customer)
	 * @param address the client's address
	 */
	private record Client(String session, String address) {
	}

}
