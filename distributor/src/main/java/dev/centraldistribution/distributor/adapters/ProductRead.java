package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.contracts.ProductOffering;

/**
 * The outcome of reading one product entry of a snapshot.
 */
public sealed interface ProductRead {

	/**
	 * The product can be applied.
	 *
	 * @param product the product, name cleaned
	 */
	record Accepted(ProductOffering product) implements ProductRead {
	}

	/**
	 * The product is left out of the snapshot, so its offering drops to zero available.
	 *
	 * @param skuHint the sku as sent, when it was a string, for the log only
	 * @param reason why
	 */
	record Rejected(String skuHint, RejectionReason reason) implements ProductRead {
	}

}
