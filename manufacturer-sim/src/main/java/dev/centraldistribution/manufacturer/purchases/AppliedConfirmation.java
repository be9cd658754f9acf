package dev.centraldistribution.manufacturer.purchases;

import dev.centraldistribution.contracts.PurchaseAcknowledgement;

/**
 * What applying a purchase confirmation came to, once its transaction committed.
 *
 * @param acknowledgement the answer to publish: new, or the stored one of a redelivery
 * @param redelivery whether the confirmation had been applied before, so that nothing
 * changed this time
 */
public record AppliedConfirmation(PurchaseAcknowledgement acknowledgement, boolean redelivery) {

	public long acceptedLines() {
		return this.acknowledgement.lines().stream().filter(PurchaseAcknowledgement.LineOutcome::accepted).count();
	}

	public long rejectedLines() {
		return this.acknowledgement.lines().size() - acceptedLines();
	}

}
