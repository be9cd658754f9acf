package dev.centraldistribution.distributor.catalog;

import java.util.List;

/**
 * Offerings whose books break one rule: how many, and a few of them.
 *
 * @param count offerings breaking the rule
 * @param examples a few of them, described for the operator
 */
public record OfferingBooks(long count, List<String> examples) {

	public OfferingBooks {
		examples = List.copyOf(examples);
	}

}
