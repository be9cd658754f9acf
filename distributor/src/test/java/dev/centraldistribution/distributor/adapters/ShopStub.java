package dev.centraldistribution.distributor.adapters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A shop's API as a test scripts it: an answer per request path and query, and every
 * request it received.
 */
final class ShopStub implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Request> received = new CopyOnWriteArrayList<>();

	private ShopStub(HttpServer server) {
		this.server = server;
		server.createContext("/", this::handle);
		server.start();
	}

	static ShopStub start() {
		try {
			return new ShopStub(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * Answers a request for this path and query ({@code /shop/v1/stock?page=0&size=500}).
	 */
	ShopStub answer(String pathAndQuery, int status, String body) {
		this.answers.put(pathAndQuery, new Answer(status, body, null));
		return this;
	}

	/**
	 * Answers a request for this path with a body tagged so, and {@code 304 Not Modified}
	 * to a request that sends the tag.
	 */
	ShopStub answerTagged(String pathAndQuery, String body, String tag) {
		this.answers.put(pathAndQuery, new Answer(200, body, tag));
		return this;
	}

	List<Request> received() {
		return this.received;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		URI uri = exchange.getRequestURI();
		String key = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
		this.received
			.add(new Request(exchange.getRequestMethod(), key, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), ifNoneMatch));
		Answer answer = this.answers.getOrDefault(key, new Answer(404, "{\"error\": \"not-found\"}", null));
		if (answer.tag() != null) {
			exchange.getResponseHeaders().add("ETag", answer.tag());
			if (answer.tag().equals(ifNoneMatch)) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
		}
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	record Answer(int status, String body, String tag) {
	}

	record Request(String method, String pathAndQuery, String idempotencyKey, String body, String ifNoneMatch) {
	}

}
