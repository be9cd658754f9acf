package dev.centraldistribution.distributor.orders;

/**
 * A rejected line whose price goes back to the customer.
 *
 * @param orderLineId the line
 * @param paymentReference the order's payment authorisation
 * @param amountCents what the line cost, in minor units
 */
public record RefundDue(long orderLineId, String paymentReference, long amountCents) {

	/** One key per line, so that a refund repeated after a failure gives back once. */
	public String idempotencyKey() {
		return "refund-line-" + this.orderLineId;
	}

}
