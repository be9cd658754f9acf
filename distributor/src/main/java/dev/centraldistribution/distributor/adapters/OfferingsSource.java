package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.distributor.manufacturers.Manufacturer;

/**
 * The port's first verb: read a manufacturer's offerings into our snapshot, trusting
 * nothing it sends. One implementation per
 * {@link dev.centraldistribution.distributor.manufacturers.AdapterKind}, made by
 * {@link OfferingsSources}.
 */
public interface OfferingsSource {

	/**
	 * Reads every offering of one manufacturer.
	 * @param manufacturer whom to read
	 * @param ifNoneMatch the tag of the snapshot applied last, or {@code null} to read
	 * the whole of it whatever it is
	 * @return the snapshot read, or that nothing changed since the tag
	 * @throws PullFailedException when nothing of what it sent can be trusted: the
	 * catalog keeps its previous offerings and the manufacturer turns unhealthy
	 */
	Offerings read(Manufacturer manufacturer, String ifNoneMatch) throws PullFailedException;

}
