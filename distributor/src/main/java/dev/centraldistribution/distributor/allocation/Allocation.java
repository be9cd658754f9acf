package dev.centraldistribution.distributor.allocation;

import java.util.List;

/**
 * A strategy's answer: the lines, and whether they make up the whole quantity.
 *
 * @param strategy the strategy that chose them
 * @param requested units asked for
 * @param lines the manufacturers and quantities, in the order the strategy chose them
 * @param regionsUsed how many regions the lines come from; more than one when the nearest
 * region could not supply everything
 */
public record Allocation(Strategy strategy, long requested, List<AllocatedLine> lines, int regionsUsed) {

	public Allocation {
		lines = List.copyOf(lines);
	}

	public long allocated() {
		return this.lines.stream().mapToLong(AllocatedLine::quantity).sum();
	}

	/** Whether the whole quantity can be met. */
	public boolean complete() {
		return allocated() == this.requested;
	}

	public long totalCents() {
		return this.lines.stream().mapToLong(AllocatedLine::lineTotalCents).sum();
	}

	/**
	 * Whether the nearest region could not supply everything and farther ones were used.
	 */
	public boolean reachedBeyondNearestRegion() {
		return this.lines.stream().anyMatch((line) -> line.region() > 1);
	}

}
