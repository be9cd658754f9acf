package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.catalog.OfferingId;

/**
 * How one line differs between a checkout form as shown and what its submission would
 * buy.
 *
 * @param offering the offering
 * @param productName the product's name
 * @param manufacturerName who makes it
 * @param quotedQuantity units shown, zero for a line added since
 * @param quantityNow units the cart would buy now, zero for a line gone since
 * @param quotedUnitPriceCents the price shown
 * @param unitPriceCentsNow the price now
 * @param currency ISO 4217 code of both prices
 */
public record QuoteChange(OfferingId offering, String productName, String manufacturerName, int quotedQuantity,
		int quantityNow, long quotedUnitPriceCents, long unitPriceCentsNow, String currency) {

	public boolean isAdded() {
		return this.quotedQuantity == 0;
	}

	public boolean isRemoved() {
		return this.quantityNow == 0;
	}

	public boolean isQuantityChanged() {
		return this.quotedQuantity != this.quantityNow;
	}

	public boolean isPriceUp() {
		return this.unitPriceCentsNow > this.quotedUnitPriceCents;
	}

	public boolean isPriceDown() {
		return this.unitPriceCentsNow < this.quotedUnitPriceCents;
	}

	/**
	 * Whether the customer must see and confirm this change before buying: anything but a
	 * lower price, which is charged as it is now.
	 */
	public boolean needsConfirmation() {
		return isQuantityChanged() || isPriceUp();
	}

	boolean isChange() {
		return isQuantityChanged() || isPriceUp() || isPriceDown();
	}

}
