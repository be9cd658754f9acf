package dev.centraldistribution.manufacturer.status;

import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * What {@code GET /api/status} answers.
 *
 * @param code the manufacturer's code
 * @param name its display name
 * @param location where it is
 * @param confirmationsApplied purchase confirmations processed so far
 * @param products every product with its stock and production settings
 */
record ManufacturerStatus(String code, String name, GeoLocation location, long confirmationsApplied,
		List<ProductStatus> products) {

	/**
	 * One product's stock and production.
	 *
	 * @param sku product code
	 * @param name display name
	 * @param unitPriceCents price in minor units
	 * @param currency ISO 4217 code
	 * @param available units in stock
	 * @param cap production stops at this many units
	 * @param productionRate units made per production tick
	 * @param appliedTotal units of the distributor's confirmations processed
	 */
	record ProductStatus(String sku, String name, long unitPriceCents, String currency, long available, long cap,
			long productionRate, long appliedTotal) {
	}

}
