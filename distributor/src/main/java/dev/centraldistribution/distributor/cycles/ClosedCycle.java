package dev.centraldistribution.distributor.cycles;

import java.time.Instant;

/**
 * A sales cycle that is over.
 *
 * @param number its number
 * @param openedAt when it opened
 * @param closedAt when it closed
 * @param closeReason why: {@code TIME_UP} or {@code SOLD_OUT}
 */
public record ClosedCycle(long number, Instant openedAt, Instant closedAt, String closeReason) {

}
