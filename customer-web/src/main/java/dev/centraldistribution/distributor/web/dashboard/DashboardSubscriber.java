package dev.centraldistribution.distributor.web.dashboard;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open dashboard stream, with its own small mailbox: quantities waiting to be sent,
 * newest per offering, and whether a heartbeat is due. At most one sender thread writes
 * to the stream at a time, so events stay in order; a client that reads slowly only
 * delays itself, and what piles up for it meanwhile is merged, not queued, so it stays
 * bounded by the number of offerings.
 */
final class DashboardSubscriber {

	static final String STOCK_EVENT = "stock";

	private final SseEmitter emitter;

	private final Executor sender;

	private final Consumer<DashboardSubscriber> whenGone;

	private final Map<Long, Long> pending = new LinkedHashMap<>();

	private boolean heartbeatDue;

	private boolean sending;

	private boolean gone;

	DashboardSubscriber(SseEmitter emitter, Executor sender, Consumer<DashboardSubscriber> whenGone) {
		this.emitter = emitter;
		this.sender = sender;
		this.whenGone = whenGone;
	}

	/** Queues quantities to send: offering id to units available. */
	void offer(Map<Long, Long> levels) {
		synchronized (this) {
			if (this.gone) {
				return;
			}
			this.pending.putAll(levels);
		}
		wake();
	}

	void heartbeat() {
		synchronized (this) {
			this.heartbeatDue = true;
		}
		wake();
	}

	/** Ends the stream; the browser reconnects, to this instance or another. */
	void complete() {
		markGone();
		this.emitter.complete();
	}

	private void wake() {
		synchronized (this) {
			if (this.sending || this.gone) {
				return;
			}
			this.sending = true;
		}
		try {
			this.sender.execute(this::drain);
		}
		catch (RejectedExecutionException ex) {
			complete();
		}
	}

	private void drain() {
		while (true) {
			Map<Long, Long> levels;
			synchronized (this) {
				if (this.gone || (this.pending.isEmpty() && !this.heartbeatDue)) {
					this.sending = false;
					return;
				}
				levels = new LinkedHashMap<>(this.pending);
				this.pending.clear();
				this.heartbeatDue = false;
			}
			try {
				if (levels.isEmpty()) {
					this.emitter.send(SseEmitter.event().comment("heartbeat"));
				}
				else {
					this.emitter.send(SseEmitter.event().name(STOCK_EVENT).data(json(levels)));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client went away, or the stream was completed meanwhile.
				markGone();
				this.emitter.completeWithError(ex);
				return;
			}
		}
	}

	private void markGone() {
		synchronized (this) {
			this.gone = true;
			this.pending.clear();
		}
		this.whenGone.accept(this);
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
