package dev.centraldistribution.distributor.web.platform.streams;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What asking {@link LiveStreams} for a stream gave: the stream, or the status to refuse
 * it with.
 *
 * @param emitter the open stream, {@code null} when refused
 * @param refusal 503 when the instance serves all it may (another may not), 429 when this
 * session or client address holds all it may; {@code null} when open
 */
public record Subscription(SseEmitter emitter, HttpStatus refusal) {

	/** Seconds a refused browser is asked to wait (the pages' scripts wait longer). */
	public static final String RETRY_AFTER_SECONDS = "30";

	static final Subscription INSTANCE_FULL = new Subscription(null, HttpStatus.SERVICE_UNAVAILABLE);

	static final Subscription TOO_MANY_FOR_CLIENT = new Subscription(null, HttpStatus.TOO_MANY_REQUESTS);

	Subscription(SseEmitter emitter) {
		this(emitter, null);
	}

	public boolean isOpen() {
		return this.emitter != null;
	}

	/** The answer to the request for the stream: the stream, or the refusal. */
	public ResponseEntity<SseEmitter> toResponse() {
		if (!isOpen()) {
			return ResponseEntity.status(this.refusal).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
		}
		return ResponseEntity.ok()
			// nginx: pass every event on at once, whatever the location says.
			.header("X-Accel-Buffering", "no")
			.body(this.emitter);
	}

}
