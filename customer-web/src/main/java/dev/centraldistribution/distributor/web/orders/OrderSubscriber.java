package dev.centraldistribution.distributor.web.orders;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import dev.centraldistribution.distributor.customers.CustomerId;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One customer's open stream of order changes, with its own mailbox (the ids of the
 * orders changed since the last write, each once) drained by one sender thread at a time,
 * so that a slow client only delays itself and what waits for it stays bounded by the
 * customer's orders.
 */
final class OrderSubscriber {

	static final String ORDER_EVENT = "order";

	private final CustomerId customer;

	private final SseEmitter emitter;

	private final Executor sender;

	private final Consumer<OrderSubscriber> whenGone;

	private final Set<Long> pending = new LinkedHashSet<>();

	private boolean heartbeatDue;

	private boolean sending;

	private boolean gone;

	OrderSubscriber(CustomerId customer, SseEmitter emitter, Executor sender, Consumer<OrderSubscriber> whenGone) {
		this.customer = customer;
		this.emitter = emitter;
		this.sender = sender;
		this.whenGone = whenGone;
	}

	CustomerId customer() {
		return this.customer;
	}

	/** Queues an order of this subscriber's customer to announce. */
	void offer(long order) {
		synchronized (this) {
			if (this.gone) {
				return;
			}
			this.pending.add(order);
		}
		wake();
	}

	void heartbeat() {
		synchronized (this) {
			this.heartbeatDue = true;
		}
		wake();
	}

	/** Ends the stream; the browser reconnects. */
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
			List<Long> orders;
			synchronized (this) {
				if (this.gone || (this.pending.isEmpty() && !this.heartbeatDue)) {
					this.sending = false;
					return;
				}
				orders = new ArrayList<>(this.pending);
				this.pending.clear();
				this.heartbeatDue = false;
			}
			try {
				if (orders.isEmpty()) {
					this.emitter.send(SseEmitter.event().comment("heartbeat"));
				}
				for (Long order : orders) {
					this.emitter.send(SseEmitter.event().name(ORDER_EVENT).data(order.toString()));
				}
			}
			catch (IOException | IllegalStateException ex) {
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

}
