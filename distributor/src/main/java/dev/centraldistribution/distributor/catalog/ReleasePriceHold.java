package dev.centraldistribution.distributor.catalog;

import java.time.OffsetDateTime;
import java.util.Optional;

import dev.centraldistribution.distributor.catalog.PriceHoldRelease.NotHeld;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease.ProposalChanged;
import dev.centraldistribution.distributor.catalog.PriceHoldRelease.Released;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator releases a held price (docs/architecture.md, invariant 7): the offering
 * sells at the price its manufacturer asked from now on, and goes back on sale if its
 * manufacturer's goods may be sold. The manufacturer's {@code supplier} row is locked
 * first, as a pull and a change of the manufacturer's state lock it, so that a release
 * never interleaves with either.
 */
@Service
public class ReleasePriceHold {

	private static final Logger logger = LoggerFactory.getLogger(ReleasePriceHold.class);

	private final JdbcClient jdbc;

	private final SupplierSellability sellability;

	private final ManufacturerDirectory manufacturers;

	private final CatalogChanges changes;

	ReleasePriceHold(JdbcClient jdbc, SupplierSellability sellability, ManufacturerDirectory manufacturers,
			CatalogChanges changes) {
		this.jdbc = jdbc;
		this.sellability = sellability;
		this.manufacturers = manufacturers;
		this.changes = changes;
	}

	/**
	 * Releases the price the operator saw.
	 * @param offering the held offering
	 * @param proposedPriceCents the proposed price the operator agreed to: if a snapshot
	 * asked another one since, nothing is released
	 * @return what happened
	 */
	@Transactional
	public PriceHoldRelease release(OfferingId offering, long proposedPriceCents) {
		Optional<Long> manufacturerId = this.jdbc.sql("select manufacturer_id from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.optional();
		if (manufacturerId.isEmpty()) {
			return new NotHeld();
		}
		boolean sellable = this.sellability.lock(manufacturerId.get(),
				this.manufacturers.isSellable(manufacturerId.get()));
		// Read under the supplier lock: no pull changes the hold until this transaction
		// ends.
		Optional<HeldPrice> held = this.jdbc.sql("""
				select proposed_price_cents, proposed_currency, price_held_since from offering
				where id = :id and price_held_since is not null""")
			.param("id", offering.value())
			.query((row, rowNumber) -> new HeldPrice(row.getLong("proposed_price_cents"),
					row.getString("proposed_currency").strip(),
					row.getObject("price_held_since", OffsetDateTime.class)))
			.optional();
		if (held.isEmpty()) {
			return new NotHeld();
		}
		if (held.get().proposedCents() != proposedPriceCents) {
			return new ProposalChanged(held.get().proposedCents(), held.get().proposedCurrency());
		}
		this.jdbc.sql("""
				update offering set unit_price_cents = proposed_price_cents, currency = proposed_currency,
				  proposed_price_cents = null, proposed_currency = null, price_held_since = null,
				  on_sale = :sellable, updated_at = current_timestamp
				where id = :id""").param("sellable", sellable).param("id", offering.value()).update();
		this.changes.record();
		logger.info("The operator released the price {} {} of offering {}: {}", held.get().proposedCents(),
				held.get().proposedCurrency(), offering,
				sellable ? "on sale" : "off sale until its manufacturer is alive");
		return new Released(offering, held.get().proposedCents(), held.get().proposedCurrency(), sellable);
	}

}
