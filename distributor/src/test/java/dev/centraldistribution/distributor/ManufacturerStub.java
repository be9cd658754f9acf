package dev.centraldistribution.distributor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.centraldistribution.contracts.OfferingsSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manufacturer's REST endpoint on 127.0.0.1 and a free port, answering
 * {@code GET /api/offerings} the way a test tells it to: a snapshot, any JSON, an error
 * status, an oversized body, or no answer at all.
 */
public final class ManufacturerStub implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService executor;

	private final AtomicInteger requests = new AtomicInteger();

	private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();

	private volatile Answer answer = (exchange) -> respond(exchange, 503, new byte[0]);

	private volatile CountDownLatch hanging = new CountDownLatch(0);

	private ManufacturerStub(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Starts a stub that answers 503 until told otherwise.
	 * @return the running stub
	 */
	public static ManufacturerStub start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			ExecutorService executor = Executors.newCachedThreadPool((task) -> {
				Thread thread = new Thread(task, "manufacturer-stub");
				thread.setDaemon(true);
				return thread;
			});
			ManufacturerStub stub = new ManufacturerStub(server, executor);
			server.createContext(OfferingsSnapshot.PATH, stub::handle);
			server.setExecutor(executor);
			server.start();
			return stub;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where the distributor should pull from.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * Answers with this snapshot as JSON.
	 * @param snapshot what to serve
	 * @return this stub
	 */
	public ManufacturerStub serve(OfferingsSnapshot snapshot) {
		return serveJson(JSON.writeValueAsString(snapshot));
	}

	/**
	 * Answers with this snapshot and its tag, or {@code 304 Not Modified} to a request
	 * that names the tag in {@code If-None-Match}.
	 * @param snapshot what to serve
	 * @param tag its {@code ETag}, quoted
	 * @return this stub
	 */
	public ManufacturerStub serveTagged(OfferingsSnapshot snapshot, String tag) {
		byte[] body = JSON.writeValueAsString(snapshot).getBytes(StandardCharsets.UTF_8);
		return answer((exchange) -> {
			exchange.getResponseHeaders().set("ETag", tag);
			boolean current = tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
			respond(exchange, current ? 304 : 200, current ? new byte[0] : body);
		});
	}

	/**
	 * Answers 200 with this body, well-formed or not.
	 * @param json the body
	 * @return this stub
	 */
	public ManufacturerStub serveJson(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return answer((exchange) -> respond(exchange, 200, body));
	}

	/**
	 * Answers with a status and a short body.
	 * @param status the HTTP status
	 * @return this stub
	 */
	public ManufacturerStub serveStatus(int status) {
		byte[] body = ("{\"error\":\"status " + status + "\"}").getBytes(StandardCharsets.UTF_8);
		return answer((exchange) -> respond(exchange, status, body));
	}

	/**
	 * Answers 200 with a body of {@code size} bytes, streamed in chunks, never held in
	 * memory.
	 * @param size bytes to send
	 * @param declareLength send a Content-Length header, or stream it chunked
	 * @return this stub
	 */
	public ManufacturerStub serveOversizedBody(long size, boolean declareLength) {
		return answer((exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, declareLength ? size : 0);
			byte[] chunk = new byte[64 * 1024];
			Arrays.fill(chunk, (byte) ' ');
			chunk[0] = '[';
			try (OutputStream out = exchange.getResponseBody()) {
				for (long sent = 0; sent < size; sent += chunk.length) {
					out.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
					chunk[0] = ' ';
				}
			}
		});
	}

	/**
	 * Accepts requests and never answers, until told otherwise or closed.
	 * @return this stub
	 */
	public ManufacturerStub hang() {
		CountDownLatch release = new CountDownLatch(1);
		this.answer = (exchange) -> await(release);
		this.hanging.countDown();
		this.hanging = release;
		return this;
	}

	/**
	 * Sends the status line, the headers and the first byte of the body, then nothing
	 * more, until told otherwise or closed.
	 * @return this stub
	 */
	public ManufacturerStub stallAfterHeaders() {
		CountDownLatch release = new CountDownLatch(1);
		this.answer = (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write('{');
			out.flush();
			await(release);
		};
		this.hanging.countDown();
		this.hanging = release;
		return this;
	}

	/**
	 * Requests received so far.
	 * @return the number of requests to {@code /api/offerings}
	 */
	public int requests() {
		return this.requests.get();
	}

	@Override
	public void close() {
		this.hanging.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	private ManufacturerStub answer(Answer answer) {
		this.answer = answer;
		this.hanging.countDown();
		return this;
	}

	/**
	 * The {@code If-None-Match} header of each request so far, {@code "none"} where there
	 * was none.
	 * @return the headers in the order received
	 */
	public List<String> ifNoneMatchReceived() {
		return List.copyOf(this.ifNoneMatch);
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
		this.ifNoneMatch.add((tag != null) ? tag : "none");
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			this.answer.send(exchange);
		}
		catch (IOException ex) {
			// The client gave up, which is what several tests want.
		}
	}

	private static void await(CountDownLatch release) {
		try {
			release.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, (body.length > 0) ? body.length : -1);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@FunctionalInterface
	private interface Answer {

		void send(HttpExchange exchange) throws IOException;

	}

}
