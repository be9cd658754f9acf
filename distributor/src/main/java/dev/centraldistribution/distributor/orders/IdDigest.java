package dev.centraldistribution.distributor.orders;

/**
 * A cheap digest of a set of sub-order ids: two sets with different digests differ; two
 * with the same digest are taken to be the same (a missing and an extra id would have to
 * sum to the same total), and the books check compares the ids themselves only when the
 * digests differ.
 *
 * @param count how many ids
 * @param sum their sum
 */
public record IdDigest(long count, long sum) {

	/** The digest of no id. */
	public static final IdDigest NONE = new IdDigest(0, 0);

}
