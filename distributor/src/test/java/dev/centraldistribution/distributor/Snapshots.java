package dev.centraldistribution.distributor;

import java.time.Instant;
import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;

/**
 * Snapshots and products as a well-behaved manufacturer sends them.
 */
public final class Snapshots {

	private Snapshots() {
	}

	/**
	 * A current snapshot of this manufacturer.
	 * @param manufacturerCode who sends it
	 * @param products what it lists
	 * @return the snapshot
	 */
	public static OfferingsSnapshot of(String manufacturerCode, ProductOffering... products) {
		return of(manufacturerCode, List.of(products));
	}

	/**
	 * A current snapshot of this manufacturer.
	 * @param manufacturerCode who sends it
	 * @param products what it lists
	 * @return the snapshot
	 */
	public static OfferingsSnapshot of(String manufacturerCode, List<ProductOffering> products) {
		return new OfferingsSnapshot(OfferingsSnapshot.SCHEMA_VERSION, manufacturerCode,
				"Manufacturer " + manufacturerCode, new GeoLocation(48.85, 2.35), Instant.now(), products);
	}

	/**
	 * A product at 10.00 EUR that has applied none of our confirmations.
	 * @param sku its code
	 * @param available units the manufacturer can supply
	 * @return the product
	 */
	public static ProductOffering product(String sku, long available) {
		return product(sku, available, 0);
	}

	/**
	 * A product at 10.00 EUR.
	 * @param sku its code
	 * @param available units the manufacturer can supply
	 * @param appliedTotal units of our confirmations it has processed
	 * @return the product
	 */
	public static ProductOffering product(String sku, long available, long appliedTotal) {
		return new ProductOffering(sku, "Product " + sku, 1000, "EUR", available, appliedTotal);
	}

}
