package dev.centraldistribution.distributor.web.platform.streams;

import java.util.List;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * What waits to be written to one stream. Updates put while the stream is being written
 * are merged with what already waits (the newest quantity of an offering, each changed
 * order once), so a slow client costs memory bounded by what it follows, not by how long
 * it is slow. Used under its stream's lock only.
 *
 * @param <U> one update
 */
public interface Mailbox<U> {

	void put(U update);

	boolean isEmpty();

	/** The events for everything waiting, which is then forgotten; never empty. */
	List<SseEventBuilder> takeEvents();

	void clear();

}
