package dev.centraldistribution.distributor.catalog;

import java.util.Set;

/**
 * The available quantity of some offerings changed in the current transaction: raised
 * inside it by whoever wrote the change (a checkout's decrements, a pull's
 * reconciliation), so that a {@code @TransactionalEventListener} hears of it only once
 * the change is committed, and never of a rolled-back one.
 *
 * @param offerings the offerings changed, at least one
 */
public record AvailabilityChanged(Set<OfferingId> offerings) {

	public AvailabilityChanged {
		if (offerings == null || offerings.isEmpty()) {
			throw new IllegalArgumentException("An availability change names at least one offering");
		}
		offerings = Set.copyOf(offerings);
	}

}
