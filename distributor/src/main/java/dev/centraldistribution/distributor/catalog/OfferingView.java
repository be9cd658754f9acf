package dev.centraldistribution.distributor.catalog;

import java.time.Instant;

import dev.centraldistribution.distributor.manufacturers.ManufacturerState;

/**
 * One offering as a customer sees it.
 *
 * @param id the offering
 * @param sku the product code, shared by manufacturers of the same product
 * @param productName the product's display name
 * @param manufacturerCode the manufacturer's code
 * @param manufacturerName the manufacturer's display name
 * @param unitPriceCents price of one unit in minor units
 * @param currency ISO 4217 code
 * @param available units in stock
 * @param onSale whether it may be bought now: only while its manufacturer is alive and
 * its price is not held
 * @param manufacturerState where the failure detector places its manufacturer
 * @param manufacturerStateSince since when
 * @param priceHeld whether a snapshot raised its price beyond the bound, so that it is
 * off sale until the operator releases the new price or the manufacturer corrects it
 */
public record OfferingView(OfferingId id, String sku, String productName, String manufacturerCode,
		String manufacturerName, long unitPriceCents, String currency, long available, boolean onSale,
		ManufacturerState manufacturerState, Instant manufacturerStateSince, boolean priceHeld) {

	public boolean isSoldOut() {
		return this.available <= 0;
	}

	/** Units a customer can buy now: none while it is off sale. */
	public long buyable() {
		return this.onSale ? this.available : 0;
	}

	/**
	 * Whether its manufacturer is not answering (suspect, down or gone): its goods are
	 * shown marked, or not at all, and not sold.
	 */
	public boolean isManufacturerUnreachable() {
		return !this.manufacturerState.isSellable();
	}

}
