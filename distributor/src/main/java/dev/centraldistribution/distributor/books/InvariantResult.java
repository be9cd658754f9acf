package dev.centraldistribution.distributor.books;

import java.util.List;

/**
 * One invariant's outcome in a books check.
 *
 * @param invariant what was checked
 * @param violations how many things break it, 0 when it holds
 * @param examples a few of them, described
 */
public record InvariantResult(Invariant invariant, long violations, List<String> examples) {

	public InvariantResult {
		examples = List.copyOf(examples);
	}

	/** Whether it holds. */
	public boolean holds() {
		return this.violations == 0;
	}

}
