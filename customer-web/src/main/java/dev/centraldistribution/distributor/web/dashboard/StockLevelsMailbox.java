package dev.centraldistribution.distributor.web.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.web.platform.streams.Mailbox;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * The quantities waiting for one dashboard stream: the newest per offering, sent as one
 * {@code stock} event. Bounded by the number of offerings, however slow the client.
 */
final class StockLevelsMailbox implements Mailbox<Map<Long, Long>> {

	static final String STOCK_EVENT = "stock";

	/** Offering id to units available. */
	private final Map<Long, Long> pending = new LinkedHashMap<>();

	@Override
	public void put(Map<Long, Long> levels) {
		this.pending.putAll(levels);
	}

	@Override
	public boolean isEmpty() {
		return this.pending.isEmpty();
	}

	@Override
	public List<SseEventBuilder> takeEvents() {
		String data = json(this.pending);
		this.pending.clear();
		return List.of(SseEmitter.event().name(STOCK_EVENT).data(data));
	}

	@Override
	public void clear() {
		this.pending.clear();
	}

	/** {@code [{"offering":12,"available":7},…]}: numbers only, nothing to escape. */
	static String json(Map<Long, Long> levels) {
		StringBuilder json = new StringBuilder(levels.size() * 32 + 2).append('[');
		levels.forEach((offering, available) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append("{\"offering\":").append(offering).append(",\"available\":").append(available).append('}');
		});
		return json.append(']').toString();
	}

}
