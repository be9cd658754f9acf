package dev.centraldistribution.distributor.sync;

import java.time.Duration;

/**
 * How the pull of one manufacturer went.
 *
 * @param manufacturerCode the manufacturer
 * @param synced whether its snapshot was applied
 * @param offeringsApplied products applied to the catalog, 0 when it failed
 * @param productsRejected products left out of its snapshot as invalid
 * @param duration fetch, checks and database writes
 * @param error why it failed, {@code null} when synced
 */
public record ManufacturerPull(String manufacturerCode, boolean synced, int offeringsApplied, int productsRejected,
		Duration duration, String error) {

}
