package dev.centraldistribution.distributor.web.orders;

import io.micrometer.core.instrument.MeterRegistry;

import dev.centraldistribution.distributor.customers.CustomerId;
import dev.centraldistribution.distributor.orderchanges.OrdersChanged;
import dev.centraldistribution.distributor.web.platform.streams.LiveStreams;
import dev.centraldistribution.distributor.web.platform.streams.Subscription;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The customers' order streams open on this instance, each following its customer's
 * orders: passes each {@link OrdersChanged} on to the streams of that order's customer
 * and no one else's. Limits, heartbeats and the end at shutdown are {@link LiveStreams}'.
 * Publishes the gauge {@code distributor.live-updates.order-subscribers}.
 */
@Component
@EnableConfigurationProperties(OrderStreamProperties.class)
class OrderSubscribers implements DisposableBean {

	static final String SUBSCRIBERS_GAUGE = "distributor.live-updates.order-subscribers";

	private final LiveStreams<CustomerId, Long> streams;

	OrderSubscribers(OrderStreamProperties properties, MeterRegistry meters) {
		this.streams = new LiveStreams<>("order", properties, ChangedOrdersMailbox::new, meters, SUBSCRIBERS_GAUGE,
				"Order streams open on this instance");
	}

	/**
	 * Opens a stream of the customer's order changes, unless this instance, the session
	 * or the client address already hold as many as they may.
	 * @param customer whose orders
	 * @param session the session asking (or the customer, when there is no session)
	 * @param address the client's address
	 * @return the stream, or why it was refused
	 */
	Subscription subscribe(CustomerId customer, String session, String address) {
		return this.streams.subscribe(customer, session, address);
	}

	int count() {
		return this.streams.count();
	}

	@EventListener
	void on(OrdersChanged changed) {
		if (this.streams.isEmpty()) {
			return;
		}
		for (OrdersChanged.Change change : changed.changes()) {
			this.streams.offerTo(change.customer(), change.order().value());
		}
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
