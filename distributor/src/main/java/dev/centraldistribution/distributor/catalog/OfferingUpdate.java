package dev.centraldistribution.distributor.catalog;

import java.sql.Types;
import java.time.OffsetDateTime;

/**
 * What a pull writes to one existing offering, as the parameters of
 * {@code SnapshotReconciliation}'s statement (set, then compared to find an unchanged
 * row).
 *
 * @param id the offering
 * @param quantity the snapshot's quantity, 0 when it leaves the offering out
 * @param applied the units of our confirmations the manufacturer processed
 * @param name the product's new name, {@code null} to keep it
 * @param description the product's description, {@code null} to keep it
 * @param category the product's category, {@code null} to keep it
 * @param price the new price, {@code null} to keep it (left out, or held)
 * @param currency the new currency, {@code null} to keep it
 * @param hold the price held for the operator, {@code null} for none
 * @param onSale whether it may be sold: its manufacturer is sellable and no price is held
 * @param absent whether the snapshot leaves it out
 * @param now when the pull is applied
 */
record OfferingUpdate(long id, long quantity, long applied, String name, String description, String category,
		Long price, String currency, HeldPrice hold, boolean onSale, boolean absent, OffsetDateTime now) {

	static final int[] TYPES = { Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
			Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.VARCHAR,
			Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.BOOLEAN, Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT,
			Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT,
			Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.BOOLEAN };

	Object[] parameters() {
		Long proposed = (this.hold != null) ? this.hold.proposedCents() : null;
		String proposedCurrency = (this.hold != null) ? this.hold.proposedCurrency() : null;
		OffsetDateTime heldSince = (this.hold != null) ? this.hold.since() : null;
		// What the manufacturer reports it applied, kept for the books check; an offering
		// the snapshot leaves out keeps the last figure reported.
		Long reported = this.absent ? null : this.applied;
		return new Object[] { this.quantity, this.applied, this.quantity, this.applied, reported, this.name,
				this.description, this.category, this.price, this.currency, proposed, proposedCurrency, heldSince,
				this.onSale, this.absent, this.now, this.id, this.quantity, this.applied, reported, this.name,
				this.description, this.category, this.price, this.currency, proposed, proposedCurrency, heldSince,
				this.onSale, this.absent };
	}

}
