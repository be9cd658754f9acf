package dev.centraldistribution.distributor.operators;

/**
 * Identifies an operator account.
 *
 * @param value the database id
 */
public record OperatorId(long value) {

	public OperatorId {
		if (value <= 0) {
			throw new IllegalArgumentException("An operator id is positive, not " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
