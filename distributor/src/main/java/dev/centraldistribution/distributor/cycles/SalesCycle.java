package dev.centraldistribution.distributor.cycles;

import java.time.Instant;

/**
 * An open sales cycle.
 *
 * @param number its number, 1 for the first
 * @param openedAt when it opened
 * @param closesAt when its time is up
 */
public record SalesCycle(long number, Instant openedAt, Instant closesAt) {

}
