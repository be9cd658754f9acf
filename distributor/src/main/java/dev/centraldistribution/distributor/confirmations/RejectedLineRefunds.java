package dev.centraldistribution.distributor.confirmations;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.distributor.orders.LineRefunds;
import dev.centraldistribution.distributor.orders.RefundDue;
import dev.centraldistribution.distributor.payments.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Gives back the price of the lines manufacturers rejected. The acknowledgement's
 * transaction marks them due; they are refunded right after it commits and, when the
 * gateway failed, again every {@code refund-retry-interval} until it succeeds. The
 * gateway is idempotent per key (one per line), so that a refund repeated by two
 * instances or after a crash gives back once. A refund the gateway refuses as invalid
 * ({@link IllegalArgumentException}, e.g. more than is left) is recorded and not retried.
 */
@Component
class RejectedLineRefunds implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(RejectedLineRefunds.class);

	private static final int BATCH_SIZE = 100;

	private final LineRefunds lines;

	private final PaymentGateway gateway;

	private final ConfirmationMetrics metrics;

	private final ConfirmationsProperties properties;

	private final Clock clock;

	private volatile ScheduledExecutorService retries;

	RejectedLineRefunds(LineRefunds lines, PaymentGateway gateway, ConfirmationMetrics metrics,
			ConfirmationsProperties properties, Clock clock) {
		this.lines = lines;
		this.gateway = gateway;
		this.metrics = metrics;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Refunds lines, each on its own; a failure leaves the line due for the next retry.
	 * @param refunds the lines
	 * @return how many were refunded
	 */
	int refund(List<RefundDue> refunds) {
		int refunded = 0;
		for (RefundDue refund : refunds) {
			try {
				this.gateway.refund(refund.paymentReference(), refund.amountCents(), refund.idempotencyKey());
				this.lines.markRefunded(refund, this.clock.instant());
				this.metrics.refund("refunded");
				refunded++;
			}
			catch (IllegalArgumentException ex) {
				this.metrics.refund("refused");
				logger.error("Refund {} of {} refused by the gateway, not retried: {}", refund.idempotencyKey(),
						refund.amountCents(), ex.getMessage());
				this.lines.markRefundRefused(refund, String.valueOf(ex.getMessage()));
			}
			catch (RuntimeException ex) {
				this.metrics.refund("failed");
				logger.warn("Refund {} of {} failed, will retry: {}", refund.idempotencyKey(), refund.amountCents(),
						ex.toString());
			}
		}
		return refunded;
	}

	/** Refunds every line still due. */
	void refundAllDue() {
		List<RefundDue> due;
		do {
			due = this.lines.refundsDue(BATCH_SIZE);
		}
		while (refund(due) == BATCH_SIZE);
	}

	private void retry() {
		try {
			refundAllDue();
		}
		catch (RuntimeException ex) {
			logger.warn("Retrying refunds failed: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "refund-retries");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.refundRetryInterval().toMillis();
		executor.scheduleWithFixedDelay(this::retry, interval, interval, TimeUnit.MILLISECONDS);
		this.retries = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.retries;
		this.retries = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.retries != null;
	}

}
