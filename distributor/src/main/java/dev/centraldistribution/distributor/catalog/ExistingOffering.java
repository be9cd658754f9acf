package dev.centraldistribution.distributor.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * An offering as a pull finds it before applying its manufacturer's snapshot.
 *
 * @param id the offering
 * @param sku its product
 * @param available units available before the pull
 * @param unitPriceCents the price it sells at
 * @param hold the price a snapshot asked that waits for the operator, {@code null} when
 * none does
 */
record ExistingOffering(long id, String sku, long available, long unitPriceCents, HeldPrice hold) {

	static ExistingOffering read(ResultSet row, int rowNumber) throws SQLException {
		OffsetDateTime heldSince = row.getObject("price_held_since", OffsetDateTime.class);
		HeldPrice hold = (heldSince != null) ? new HeldPrice(row.getLong("proposed_price_cents"),
				row.getString("proposed_currency").strip(), heldSince) : null;
		return new ExistingOffering(row.getLong("id"), row.getString("sku"), row.getLong("available"),
				row.getLong("unit_price_cents"), hold);
	}

}
