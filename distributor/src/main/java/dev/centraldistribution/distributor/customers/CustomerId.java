package dev.centraldistribution.distributor.customers;

/**
 * Identifies a customer account.
 *
 * @param value the database id
 */
public record CustomerId(long value) {

	public CustomerId {
		if (value <= 0) {
			throw new IllegalArgumentException("A customer id is positive, not " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
