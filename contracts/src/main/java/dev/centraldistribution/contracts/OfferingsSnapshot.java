package dev.centraldistribution.contracts;

import java.time.Instant;
import java.util.List;

/**
 * What a manufacturer can supply now, as served by {@code GET /api/offerings}.
 *
 * @param schemaVersion version of this contract, {@link #SCHEMA_VERSION} when written
 * @param manufacturerCode the manufacturer's code, stable across restarts
 * @param manufacturerName the display name shown to customers
 * @param location where the manufacturer is
 * @param takenAt when the quantities were read, in the manufacturer's clock
 * @param products one entry per product the manufacturer makes
 */
public record OfferingsSnapshot(int schemaVersion, String manufacturerCode, String manufacturerName,
		GeoLocation location, Instant takenAt, List<ProductOffering> products) {

	/** The version this code writes and reads. */
	public static final int SCHEMA_VERSION = 1;

	/** The REST path a manufacturer serves its snapshot on. */
	public static final String PATH = "/api/offerings";

}
