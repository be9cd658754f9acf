package dev.centraldistribution.distributor.adapters;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.centraldistribution.contracts.OfferingsSnapshot;

/**
 * Fetches a manufacturer's snapshot over HTTP within a deadline and a size limit. A
 * manufacturer never holds a pull thread longer than the deadline, nor our memory beyond
 * the limit, and is never followed to another address by a redirect. Asked with the tag
 * of the snapshot applied last, a manufacturer whose snapshot has not changed answers
 * {@code 304 Not Modified} with no body.
 */
final class SnapshotDownloader {

	private final HttpClient client;

	private final Duration connectTimeout;

	private final Duration timeout;

	private final long maxBytes;

	SnapshotDownloader(PullLimits properties) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(properties.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
		this.connectTimeout = properties.connectTimeout();
		this.timeout = properties.timeout();
		this.maxBytes = properties.maxResponseSize().toBytes();
	}

	/**
	 * Fetches the snapshot.
	 * @param baseUrl the manufacturer's address
	 * @param ifNoneMatch the tag of the snapshot last applied, or {@code null} for the
	 * whole snapshot whatever it is
	 * @return the body and its tag, or that nothing changed
	 */
	Download download(URI baseUrl, String ifNoneMatch) throws PullFailedException {
		return fetch(snapshotUri(baseUrl), ifNoneMatch);
	}

	/**
	 * Fetches one resource within the same deadline and size limit.
	 * @param uri what to fetch
	 * @param ifNoneMatch the tag of the version held, or {@code null}
	 * @return the body and its tag, or that nothing changed
	 */
	Download fetch(URI uri, String ifNoneMatch) throws PullFailedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET();
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		CompletableFuture<HttpResponse<byte[]>> response = this.client.sendAsync(request.build(),
				(info) -> new BoundedBodySubscriber(info, this.maxBytes));
		try {
			// The request timeout stops at the headers; this deadline covers the body
			// too.
			HttpResponse<byte[]> answer = response.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
			String tag = answer.headers().firstValue("ETag").orElse(null);
			if (answer.statusCode() == BoundedBodySubscriber.NOT_MODIFIED) {
				if (ifNoneMatch == null) {
					throw new PullFailedException(PullFailureReason.HTTP_STATUS, "HTTP status 304 to a plain GET");
				}
				return new Download(null, ifNoneMatch);
			}
			return new Download(answer.body(), tag);
		}
		catch (TimeoutException ex) {
			response.cancel(true);
			throw timedOut();
		}
		catch (InterruptedException ex) {
			response.cancel(true);
			Thread.currentThread().interrupt();
			throw new PullFailedException(PullFailureReason.INTERNAL, "pull interrupted");
		}
		catch (ExecutionException ex) {
			throw failure(ex.getCause());
		}
	}

	/**
	 * What a pull fetched.
	 *
	 * @param body the snapshot as sent; {@code null} when the manufacturer answered
	 * {@code 304 Not Modified}
	 * @param tag its {@code ETag}, or {@code null} when the manufacturer sends none
	 */
	record Download(byte[] body, String tag) {

		boolean notModified() {
			return this.body == null;
		}

	}

	static URI snapshotUri(URI baseUrl) {
		String base = baseUrl.toString();
		while (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return URI.create(base + OfferingsSnapshot.PATH);
	}

	private PullFailedException failure(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof BoundedBodySubscriber.UnexpectedStatusException status) {
				return new PullFailedException(PullFailureReason.HTTP_STATUS, "HTTP status " + status.status());
			}
			if (cause instanceof BoundedBodySubscriber.ResponseTooLargeException tooLarge) {
				return new PullFailedException(PullFailureReason.TOO_LARGE, tooLarge.getMessage());
			}
			if (cause instanceof HttpConnectTimeoutException) {
				return new PullFailedException(PullFailureReason.TIMEOUT,
						"no connection within " + this.connectTimeout.toMillis() + " ms", cause);
			}
			if (cause instanceof HttpTimeoutException) {
				return timedOut();
			}
			if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException) {
				return new PullFailedException(PullFailureReason.UNREACHABLE, "connection failed", cause);
			}
		}
		String detail = (exception instanceof IOException && exception.getMessage() != null) ? exception.getMessage()
				: exception.getClass().getSimpleName();
		return new PullFailedException(PullFailureReason.TRANSPORT, "exchange failed: " + detail, exception);
	}

	private PullFailedException timedOut() {
		return new PullFailedException(PullFailureReason.TIMEOUT,
				"no complete answer within " + this.timeout.toMillis() + " ms");
	}

}
