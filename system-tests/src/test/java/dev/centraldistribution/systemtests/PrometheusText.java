package dev.centraldistribution.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reads a counter from an application's {@code /actuator/prometheus} page: a
 * manufacturer's is open, a distributor's is the operator's (HTTP Basic).
 */
final class PrometheusText {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private PrometheusText() {
	}

	/**
	 * The sum of every series of the metric whose labels contain the given text (with an
	 * empty text, a series without labels too).
	 */
	static long sum(URI page, String metric, String labelText) {
		return sum(page, metric, labelText, null);
	}

	/**
	 * The same, read with HTTP Basic.
	 * @param authorization the {@code Authorization} header, {@code null} for none
	 */
	static long sum(URI page, String metric, String labelText, String authorization) {
		String text;
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5));
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(page + " answered " + response.statusCode());
			}
			text = response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + page, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		return text.lines()
			.filter(line -> (line.startsWith(metric + "{") && line.contains(labelText))
					|| (labelText.isEmpty() && line.startsWith(metric + " ")))
			.mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

}
