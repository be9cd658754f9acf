package dev.centraldistribution.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server-sent event stream read as a browser's EventSource reads it: one connection,
 * events collected as they arrive, and whether the server has ended it.
 */
final class EventStream implements AutoCloseable {

	private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

	private final List<Event> seen = new CopyOnWriteArrayList<>();

	private final CompletableFuture<HttpResponse<Stream<String>>> response;

	private final CompletableFuture<Void> reading;

	EventStream(HttpClient http, URI uri) {
		this.response = http.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
		this.reading = this.response.thenAcceptAsync(this::read);
	}

	int status(Duration timeout) {
		try {
			return this.response.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The event stream did not answer within " + timeout, ex);
		}
	}

	private void read(HttpResponse<Stream<String>> answer) {
		StringBuilder data = new StringBuilder();
		String[] name = { "message" };
		answer.body().forEach(line -> {
			if (line.startsWith("event:")) {
				name[0] = line.substring(6).trim();
			}
			else if (line.startsWith("data:")) {
				data.append(line.substring(5).trim());
			}
			else if (line.isEmpty() && data.length() > 0) {
				Event event = new Event(name[0], data.toString(), System.nanoTime());
				this.seen.add(event);
				this.events.add(event);
				data.setLength(0);
				name[0] = "message";
			}
		});
	}

	/** Every event received so far, for failure messages. */
	List<Event> seen() {
		return List.copyOf(this.seen);
	}

	/** The first event that matches, waiting at most the timeout; null if none came. */
	Event await(Predicate<Event> matching, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			for (long left = timeout.toNanos(); left > 0; left = deadline - System.nanoTime()) {
				Event event = this.events.poll(left, TimeUnit.NANOSECONDS);
				if (event != null && matching.test(event)) {
					return event;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/**
	 * Whether the server ended the stream (or the connection broke) within the timeout.
	 */
	boolean endsWithin(Duration timeout) {
		try {
			this.reading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			return false;
		}
		catch (Exception ex) {
			return true;
		}
	}

	@Override
	public void close() {
		this.response.thenAccept(answer -> answer.body().close());
		this.reading.cancel(true);
	}

	record Event(String name, String data, long receivedAtNanos) {

	}

}
