package dev.centraldistribution.distributor.web.dashboard;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * to each of them, sends heartbeats, refuses streams past the configured number, and ends
 * them all when the instance shuts down, so that graceful shutdown does not wait for them
 * and browsers reconnect to another instance. Publishes the gauge
 * {@code distributor.live-updates.subscribers}.
 */
@Component
@EnableConfigurationProperties(DashboardStreamProperties.class)
class DashboardSubscribers implements DisposableBean {

	static final String SUBSCRIBERS_GAUGE = "distributor.live-updates.subscribers";

	private final DashboardStreamProperties properties;

	private final Set<DashboardSubscriber> subscribers = ConcurrentHashMap.newKeySet();

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
		Gauge.builder(SUBSCRIBERS_GAUGE, this.subscribers, Set::size)
			.description("Dashboard streams open on this instance")
			.register(meters);
	}

	/**
	 * Opens a stream, unless this instance already serves as many as it may.
	 * @return the stream, empty when refused
	 */
	synchronized Optional<SseEmitter> subscribe() {
		if (this.subscribers.size() >= this.properties.maxSubscribers()) {
			return Optional.empty();
		}
		SseEmitter emitter = new SseEmitter(this.properties.timeout().toMillis());
		DashboardSubscriber subscriber = new DashboardSubscriber(emitter, this.senders, this.subscribers::remove);
		this.subscribers.add(subscriber);
		emitter.onTimeout(subscriber::complete);
		emitter.onCompletion(() -> this.subscribers.remove(subscriber));
		emitter.onError((ex) -> this.subscribers.remove(subscriber));
		try {
			// Sent as soon as the response starts: tells the browser how soon to
			// reconnect, and opens the stream through proxies right away.
			emitter.send(SseEmitter.event().reconnectTime(this.properties.reconnectDelay().toMillis()).comment("open"));
		}
		catch (IOException ex) {
			this.subscribers.remove(subscriber);
			emitter.completeWithError(ex);
		}
		return Optional.of(emitter);
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
		for (DashboardSubscriber subscriber : List.copyOf(this.subscribers)) {
			subscriber.offer(levels);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void endAllStreams() {
		List.copyOf(this.subscribers).forEach(DashboardSubscriber::complete);
	}

	private void heartbeat() {
		this.subscribers.forEach(DashboardSubscriber::heartbeat);
	}

	@Override
	public void destroy() {
		this.heartbeats.shutdown();
		this.senders.shutdown();
	}

}
