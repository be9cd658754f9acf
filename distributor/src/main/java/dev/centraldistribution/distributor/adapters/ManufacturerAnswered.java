package dev.centraldistribution.distributor.adapters;

import java.util.List;
import java.util.Objects;

/**
 * The port's third verb: what a manufacturer answered, in our terms, whatever its wire
 * format. Published by the adapters (in-process, synchronously: a listener's failure is
 * the adapter's, which then hands the answer back to be tried again) and applied by the
 * confirmations, once by message id.
 */
public sealed interface ManufacturerAnswered {

	/**
	 * Its answer to a purchase, line by line.
	 *
	 * @param messageId unique per answer: a repeat is recognised by it and by its lines
	 * @param subOrderId the sub-order it answers
	 * @param manufacturerCode who answered
	 * @param lines one verdict per line of the purchase
	 */
	record PurchaseAnswered(String messageId, long subOrderId, String manufacturerCode,
			List<LineVerdict> lines) implements ManufacturerAnswered {

		public PurchaseAnswered {
			requirePositive(subOrderId);
			Objects.requireNonNull(messageId, "messageId");
			Objects.requireNonNull(manufacturerCode, "manufacturerCode");
			lines = List.copyOf(lines);
		}

	}

	/**
	 * One line of a purchase, accepted or not.
	 *
	 * @param sku the line's product
	 * @param accepted whether the manufacturer supplies it
	 * @param reason why not, {@code null} when accepted
	 */
	record LineVerdict(String sku, boolean accepted, String reason) {
	}

	/**
	 * What became of a sub-order afterwards: shipped, delivered, or its cancellation
	 * answered.
	 *
	 * @param messageId unique per report: a repeat is recognised by it
	 * @param subOrderId the sub-order
	 * @param manufacturerCode who reports
	 * @param report what happened
	 * @param carrier who carries it, when shipped
	 * @param trackingNumber the carrier's number, when shipped
	 */
	record SubOrderReported(String messageId, long subOrderId, String manufacturerCode, Report report, String carrier,
			String trackingNumber) implements ManufacturerAnswered {

		public SubOrderReported {
			requirePositive(subOrderId);
			Objects.requireNonNull(messageId, "messageId");
			Objects.requireNonNull(manufacturerCode, "manufacturerCode");
			Objects.requireNonNull(report, "report");
		}

	}

	private static void requirePositive(long subOrderId) {
		if (subOrderId <= 0) {
			throw new IllegalArgumentException("A sub-order id is positive, not " + subOrderId);
		}
	}

	/** What a report says. */
	enum Report {

		/** The parcel left. */
		SHIPPED,
		/** The parcel arrived. */
		DELIVERED,
		/** The cancellation was applied: nothing ships. */
		CANCELLED,
		/** Too late to cancel: it shipped. */
		CANCEL_REFUSED

	}

	/**
	 * An answer that could not be read, counted and dropped: reading it again would fail
	 * the same way.
	 *
	 * @param report whether it was a report rather than an answer to a purchase
	 */
	record AnswerUnreadable(boolean report) implements ManufacturerAnswered {
	}

}
