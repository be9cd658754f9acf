package dev.centraldistribution.distributor.adapters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it streams in and gives up, closing the connection, as soon
 * as it grows past the limit, or before reading anything when the status is not 2xx (nor
 * 304, which has no body) or the declared length is already too large.
 */
final class BoundedBodySubscriber implements BodySubscriber<byte[]> {

	/** Asked for with {@code If-None-Match}: no body, and no failure. */
	static final int NOT_MODIFIED = 304;

	private final CompletableFuture<byte[]> body = new CompletableFuture<>();

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	private final long maxBytes;

	private final IOException refusal;

	private Flow.Subscription subscription;

	BoundedBodySubscriber(ResponseInfo response, long maxBytes) {
		this.maxBytes = maxBytes;
		this.refusal = refusal(response, maxBytes);
	}

	private static IOException refusal(ResponseInfo response, long maxBytes) {
		if (response.statusCode() == NOT_MODIFIED) {
			return null;
		}
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			return new UnexpectedStatusException(response.statusCode());
		}
		long declaredLength = response.headers().firstValueAsLong("Content-Length").orElse(-1);
		if (declaredLength > maxBytes) {
			return new ResponseTooLargeException(maxBytes);
		}
		return null;
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		this.subscription = subscription;
		if (this.refusal != null) {
			subscription.cancel();
			this.body.completeExceptionally(this.refusal);
		}
		else {
			subscription.request(Long.MAX_VALUE);
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		if (this.body.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			if (this.received.size() + (long) buffer.remaining() > this.maxBytes) {
				this.subscription.cancel();
				this.body.completeExceptionally(new ResponseTooLargeException(this.maxBytes));
				return;
			}
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			this.received.writeBytes(bytes);
		}
	}

	@Override
	public void onError(Throwable throwable) {
		this.body.completeExceptionally(throwable);
	}

	@Override
	public void onComplete() {
		this.body.complete(this.received.toByteArray());
	}

	@Override
	public CompletionStage<byte[]> getBody() {
		return this.body;
	}

	/** The manufacturer answered with a status other than 2xx. */
	static final class UnexpectedStatusException extends IOException {

		private final int status;

		UnexpectedStatusException(int status) {
			super("HTTP status " + status);
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

	/** The body is larger than allowed. */
	static final class ResponseTooLargeException extends IOException {

		ResponseTooLargeException(long maxBytes) {
			super("response larger than " + maxBytes + " bytes");
		}

	}

}
