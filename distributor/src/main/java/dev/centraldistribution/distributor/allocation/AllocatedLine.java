package dev.centraldistribution.distributor.allocation;

/**
 * Units of the product bought from one manufacturer.
 *
 * @param candidate the manufacturer's offering
 * @param quantity units taken from it
 * @param distanceKm from the manufacturer to the delivery point
 * @param region the manufacturer's region, numbered from the nearest (1)
 */
public record AllocatedLine(Candidate candidate, long quantity, double distanceKm, int region) {

	public long lineTotalCents() {
		return Math.multiplyExact(this.candidate.unitPriceCents(), this.quantity);
	}

}
