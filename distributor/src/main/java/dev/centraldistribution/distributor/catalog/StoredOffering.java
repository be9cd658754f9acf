package dev.centraldistribution.distributor.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An offering row as stored, before its manufacturer's name and state are added.
 */
record StoredOffering(OfferingId id, long manufacturerId, String sku, String productName, long unitPriceCents,
		String currency, long available, boolean onSale, boolean priceHeld) {

	static StoredOffering read(ResultSet row, int rowNumber) throws SQLException {
		return new StoredOffering(new OfferingId(row.getLong("id")), row.getLong("manufacturer_id"),
				row.getString("sku"), row.getString("product_name"), row.getLong("unit_price_cents"),
				row.getString("currency").strip(), row.getLong("available"), row.getBoolean("on_sale"),
				row.getObject("price_held_since") != null);
	}

}
