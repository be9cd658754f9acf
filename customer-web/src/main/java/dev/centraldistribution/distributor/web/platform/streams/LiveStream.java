package dev.centraldistribution.distributor.web.platform.streams;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * One open stream, with its own {@link Mailbox}: at most one sender thread writes to the
 * stream at a time, so events stay in order, and a client that reads slowly only delays
 * itself.
 *
 * @param <U> one update
 */
final class LiveStream<U> {

	private final SseEmitter emitter;

	private final Mailbox<U> mailbox;

	private final Executor sender;

	private final Consumer<LiveStream<U>> whenGone;

	private boolean heartbeatDue;

	private boolean sending;

	private boolean gone;

	LiveStream(SseEmitter emitter, Mailbox<U> mailbox, Executor sender, Consumer<LiveStream<U>> whenGone) {
		this.emitter = emitter;
		this.mailbox = mailbox;
		this.sender = sender;
		this.whenGone = whenGone;
	}

	void offer(U update) {
		synchronized (this) {
			if (this.gone) {
				return;
			}
			this.mailbox.put(update);
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
			List<SseEventBuilder> events;
			synchronized (this) {
				if (this.gone || (this.mailbox.isEmpty() && !this.heartbeatDue)) {
					this.sending = false;
					return;
				}
				events = this.mailbox.isEmpty() ? List.of(SseEmitter.event().comment("heartbeat"))
						: this.mailbox.takeEvents();
				this.heartbeatDue = false;
			}
			try {
				for (SseEventBuilder event : events) {
					this.emitter.send(event);
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
			this.mailbox.clear();
		}
		this.whenGone.accept(this);
	}

}
