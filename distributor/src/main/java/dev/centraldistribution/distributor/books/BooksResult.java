package dev.centraldistribution.distributor.books;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one books check.
 *
 * @param checkedAt when it ran
 * @param invariants each invariant's outcome, in {@link Invariant} order
 */
public record BooksResult(Instant checkedAt, List<InvariantResult> invariants) {

	public BooksResult {
		invariants = List.copyOf(invariants);
	}

	/** Violations of all invariants together: 0 when the books balance. */
	public long violations() {
		return this.invariants.stream().mapToLong(InvariantResult::violations).sum();
	}

	/**
	 * One invariant's outcome.
	 * @param invariant the invariant
	 * @return its outcome, empty when it was not part of this check
	 */
	public Optional<InvariantResult> of(Invariant invariant) {
		return this.invariants.stream().filter((result) -> result.invariant() == invariant).findFirst();
	}

}
