package dev.centraldistribution.distributor.allocation;

/**
 * Chooses which manufacturers supply a quantity of one product, and how much each. Only
 * alive manufacturers with units are used; a quantity larger than any one of them has is
 * split; the nearest region that has the product is used first and farther ones only for
 * what it cannot supply; among manufacturers the strategy ranks equal, the one with more
 * units comes first, so that ties go to fewer manufacturers.
 */
public interface AllocationStrategy {

	Strategy strategy();

	/**
	 * @param request the product, quantity, delivery point and candidates
	 * @return the lines, and whether they make up the whole quantity
	 */
	Allocation allocate(AllocationRequest request);

}
