package dev.centraldistribution.distributor.orders;

/**
 * What a customer's request to cancel did.
 */
public sealed interface CancellationOutcome {

	/**
	 * Asked of the manufacturers.
	 *
	 * @param parts how many parts were asked to cancel
	 */
	record Requested(int parts) implements CancellationOutcome {
	}

	/** Nothing left to cancel: every part asked was shipped, delivered or withdrawn. */
	record TooLate() implements CancellationOutcome {
	}

	/** Every part asked was asked to cancel before, or is cancelled: nothing changed. */
	record AlreadyRequested() implements CancellationOutcome {
	}

	/** No such order or part of the customer's: nothing changed. */
	record NotFound() implements CancellationOutcome {
	}

}
