package dev.centraldistribution.distributor.catalog;

import java.util.Set;

/**
 * Offerings left out of their manufacturer's snapshots for too long were retired in the
 * current transaction: no longer on sale, and deleted right after this event unless they
 * ever sold. Heard by a plain {@code @EventListener} in that transaction, so that rows
 * referring to them (cart lines) go first and with it.
 *
 * @param offerings the offerings retired, at least one
 */
public record OfferingsRetired(Set<OfferingId> offerings) {

	public OfferingsRetired {
		if (offerings == null || offerings.isEmpty()) {
			throw new IllegalArgumentException("A retirement names at least one offering");
		}
		offerings = Set.copyOf(offerings);
	}

}
