package dev.centraldistribution.distributor.adapters;

import java.time.Duration;

import org.springframework.util.unit.DataSize;

/**
 * How much a pull may cost us, whatever the manufacturer's API: every adapter reads
 * offerings within these bounds ({@code distributor.sync.*}).
 *
 * @param connectTimeout to open a connection to the manufacturer
 * @param timeout deadline for one whole exchange: connection, answer and body (for a
 * paginated API, for each page)
 * @param maxResponseSize a larger body is refused while it streams in
 * @param maxProducts a snapshot listing more products is refused as a whole
 */
public record PullLimits(Duration connectTimeout, Duration timeout, DataSize maxResponseSize, int maxProducts) {

}
