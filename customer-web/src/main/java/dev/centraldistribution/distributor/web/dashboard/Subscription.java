package dev.centraldistribution.distributor.web.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What asking {@link DashboardSubscribers} for a stream gave: the stream, or the status
 * to refuse it with.
 *
 * @param emitter the open stream, {@code null} when refused
 * @param refusal 503 when the instance serves all it may (another may not), 429 when this
 * session or client address holds all it may; {@code null} when open
 */
record Subscription(SseEmitter emitter, HttpStatus refusal) {

	static final Subscription INSTANCE_FULL = new Subscription(null, HttpStatus.SERVICE_UNAVAILABLE);

	static final Subscription TOO_MANY_FOR_CLIENT = new Subscription(null, HttpStatus.TOO_MANY_REQUESTS);

	Subscription(SseEmitter emitter) {
		this(emitter, null);
	}

	boolean isOpen() {
		return this.emitter != null;
	}

}
