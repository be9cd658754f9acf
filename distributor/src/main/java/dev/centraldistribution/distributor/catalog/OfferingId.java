package dev.centraldistribution.distributor.catalog;

/**
 * Identifies one manufacturer's offering of one product.
 *
 * @param value the database id
 */
public record OfferingId(long value) implements Comparable<OfferingId> {

	public OfferingId {
		if (value <= 0) {
			throw new IllegalArgumentException("An offering id is positive, not " + value);
		}
	}

	@Override
	public int compareTo(OfferingId other) {
		return Long.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
