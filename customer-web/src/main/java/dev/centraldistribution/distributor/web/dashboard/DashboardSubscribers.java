package dev.centraldistribution.distributor.web.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import dev.centraldistribution.distributor.stockchanges.StockLevelsChanged;
import dev.centraldistribution.distributor.web.platform.streams.LiveStreams;
import dev.centraldistribution.distributor.web.platform.streams.Subscription;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The dashboard streams open on this instance: every one follows every offering, so each
 * {@link StockLevelsChanged} goes to all of them. Limits, heartbeats and the end at
 * shutdown are {@link LiveStreams}'. Publishes the gauge
 * {@code distributor.live-updates.subscribers}.
 */
@Component
@EnableConfigurationProperties(DashboardStreamProperties.class)
class DashboardSubscribers implements DisposableBean {

	static final String SUBSCRIBERS_GAUGE = "distributor.live-updates.subscribers";

	private final LiveStreams<String, Map<Long, Long>> streams;

	DashboardSubscribers(DashboardStreamProperties properties, MeterRegistry meters) {
		this.streams = new LiveStreams<>("dashboard", properties, StockLevelsMailbox::new, meters, SUBSCRIBERS_GAUGE,
				"Dashboard streams open on this instance");
	}

	/**
	 * Opens a stream, unless this instance, the session or the client address already
	 * hold as many as they may.
	 * @param session the session asking (or the customer, when there is no session)
	 * @param address the client's address
	 * @return the stream, or why it was refused
	 */
	Subscription subscribe(String session, String address) {
		return this.streams.subscribe(session, session, address);
	}

	int count() {
		return this.streams.count();
	}

	@EventListener
	void on(StockLevelsChanged changed) {
		if (this.streams.isEmpty()) {
			return;
		}
		Map<Long, Long> levels = new LinkedHashMap<>();
		changed.levels().forEach((level) -> levels.put(level.offering().value(), level.available()));
		this.streams.offerToAll(levels);
	}

	@EventListener(ContextClosedEvent.class)
	void endAllStreams() {
		this.streams.endAll();
	}

	@Override
	public void destroy() {
		this.streams.close();
	}

}
