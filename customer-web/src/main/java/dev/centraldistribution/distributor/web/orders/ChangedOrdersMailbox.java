package dev.centraldistribution.distributor.web.orders;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.centraldistribution.distributor.web.platform.streams.Mailbox;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * The orders waiting to be announced on one customer's stream: each changed order once,
 * an {@code order} event each. Bounded by the customer's orders, however slow the client.
 */
final class ChangedOrdersMailbox implements Mailbox<Long> {

	static final String ORDER_EVENT = "order";

	private final Set<Long> pending = new LinkedHashSet<>();

	@Override
	public void put(Long order) {
		this.pending.add(order);
	}

	@Override
	public boolean isEmpty() {
		return this.pending.isEmpty();
	}

	@Override
	public List<SseEventBuilder> takeEvents() {
		List<SseEventBuilder> events = this.pending.stream()
			.map((order) -> SseEmitter.event().name(ORDER_EVENT).data(order.toString()))
			.toList();
		this.pending.clear();
		return events;
	}

	@Override
	public void clear() {
		this.pending.clear();
	}

}
