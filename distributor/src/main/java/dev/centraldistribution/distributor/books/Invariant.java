package dev.centraldistribution.distributor.books;

/**
 * What the books check checks, in the words of docs/architecture.md and the drills.
 */
public enum Invariant {

	/** No offering has negative stock or negative sales. */
	NO_NEGATIVE_STOCK("No negative stock"),

	/**
	 * Every sub-order its manufacturer answered has exactly one recorded acknowledgement,
	 * and every acknowledgement answered a sub-order.
	 */
	ONE_ACKNOWLEDGEMENT_PER_SUB_ORDER("One acknowledgement per sub-order"),

	/**
	 * For a manufacturer with nothing in flight (no sub-order waiting, its latest pull
	 * started after its latest acknowledgement), every product's units sold equal the
	 * units its snapshot says it applied.
	 */
	SOLD_EQUALS_APPLIED_ONCE_QUIET("Sold = applied once quiet"),

	/** Every offering's {@code available = received_total - sold_total}. */
	CONSERVATION("Conservation");

	private final String title;

	Invariant(String title) {
		this.title = title;
	}

	/** How the console names it. */
	public String title() {
		return this.title;
	}

}
