package dev.centraldistribution.distributor.orders;

/**
 * Identifies the part of an order one manufacturer supplies.
 *
 * @param value the database id
 */
public record SubOrderId(long value) {

	public SubOrderId {
		if (value <= 0) {
			throw new IllegalArgumentException("A sub-order id is positive, not " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
