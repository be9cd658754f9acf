package dev.centraldistribution.distributor.allocation;

/**
 * What the customer is shown before buying.
 *
 * @param sku the product
 * @param productName its name, as the first of its offerings has it
 * @param deliverTo where the units go
 * @param allocation the manufacturers, quantities and distances chosen
 */
public record Proposal(String sku, String productName, City deliverTo, Allocation allocation) {

	/**
	 * The lines as {@code offering:quantity}, joined by {@code ;}: what a purchase form
	 * carries so that a purchase buys the proposal it showed, or is shown another.
	 */
	public String signature() {
		StringBuilder signature = new StringBuilder();
		for (AllocatedLine line : this.allocation.lines()) {
			if (!signature.isEmpty()) {
				signature.append(';');
			}
			signature.append(line.candidate().offering().value()).append(':').append(line.quantity());
		}
		return signature.toString();
	}

}
