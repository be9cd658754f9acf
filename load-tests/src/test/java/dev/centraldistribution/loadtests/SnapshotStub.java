package dev.centraldistribution.loadtests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Many manufacturers in one process, for the full-pull benchmark: manufacturer {@code i}
 * (1..count) serves its offerings snapshot (the contracts' {@code OfferingsSnapshot}
 * JSON) of {@code products} products at {@code http://127.0.0.1:PORT/m/i/api/offerings}.
 * Each snapshot is built once, so that the benchmark measures the distributor's pull and
 * not the stub, and tagged: after the first pull, a distributor that asks with the tag
 * pulls an unchanged manufacturer ({@code 304 Not Modified}).
 *
 * <pre>
 * java -cp load-tests/target/test-classes dev.centraldistribution.loadtests.SnapshotStub PORT COUNT PRODUCTS
 * </pre>
 */
public final class SnapshotStub {

	private SnapshotStub() {
	}

	public static void main(String[] args) throws IOException {
		int port = Integer.parseInt(args[0]);
		int count = Integer.parseInt(args[1]);
		int products = Integer.parseInt(args[2]);
		byte[][] snapshots = new byte[count + 1][];
		for (int i = 1; i <= count; i++) {
			snapshots[i] = snapshot(i, products).getBytes(StandardCharsets.UTF_8);
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
		server.setExecutor(Executors.newFixedThreadPool(16));
		server.createContext("/m/", (exchange) -> serve(exchange, snapshots));
		server.start();
		System.out.printf("Snapshot stub: %d manufacturers x %d products on http://127.0.0.1:%d/m/<1..%d>%n", count,
				products, port, count);
	}

	private static void serve(HttpExchange exchange, byte[][] snapshots) throws IOException {
		try (exchange) {
			String[] parts = exchange.getRequestURI().getPath().split("/");
			// /m/<i>/api/offerings
			int index = (parts.length == 5 && parts[3].equals("api") && parts[4].equals("offerings"))
					? parseIndex(parts[2], snapshots.length) : -1;
			if (index < 1) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] body = snapshots[index];
			// Each snapshot never changes: tagged like the simulator's, so that a
			// distributor asking with the tag gets 304 Not Modified, as from an unchanged
			// manufacturer.
			String tag = "\"stub-" + index + "\"";
			exchange.getResponseHeaders().set("ETag", tag);
			if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static int parseIndex(String text, int limit) {
		try {
			int index = Integer.parseInt(text);
			return (index < limit) ? index : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	static String code(int manufacturer) {
		return String.format(Locale.ROOT, "stub%03d", manufacturer);
	}

	private static String snapshot(int manufacturer, int products) {
		StringBuilder json = new StringBuilder(products * 130);
		json.append("{\"schemaVersion\":1,\"manufacturerCode\":\"")
			.append(code(manufacturer))
			.append("\",\"manufacturerName\":\"Stub manufacturer ")
			.append(manufacturer)
			.append("\",\"location\":{\"latitude\":48.85,\"longitude\":2.35},\"takenAt\":\"")
			.append(Instant.now())
			.append("\",\"products\":[");
		for (int p = 1; p <= products; p++) {
			if (p > 1) {
				json.append(',');
			}
			json.append(String.format(Locale.ROOT,
					"{\"sku\":\"SKU-%05d\",\"name\":\"Stub product %d of manufacturer %d\",\"unitPriceCents\":%d,"
							+ "\"currency\":\"EUR\",\"available\":%d,\"appliedTotal\":0}",
					p, p, manufacturer, 100 + p, 1000 + p));
		}
		return json.append("]}").toString();
	}

}
