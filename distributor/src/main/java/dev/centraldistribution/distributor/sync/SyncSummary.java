package dev.centraldistribution.distributor.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one pull of the manufacturers.
 *
 * @param startedAt when the pull started
 * @param duration how long it took, all manufacturers together
 * @param manufacturers one entry per manufacturer pulled, by code
 */
public record SyncSummary(Instant startedAt, Duration duration, List<ManufacturerPull> manufacturers) {

	public SyncSummary {
		manufacturers = List.copyOf(manufacturers);
	}

	/**
	 * The pull of one manufacturer.
	 * @param manufacturerCode its code
	 * @return how it went, or empty when it was not pulled
	 */
	public Optional<ManufacturerPull> manufacturer(String manufacturerCode) {
		return this.manufacturers.stream()
			.filter((pull) -> pull.manufacturerCode().equals(manufacturerCode))
			.findFirst();
	}

	/**
	 * How many manufacturers synced.
	 * @return the number of manufacturers whose snapshot was applied
	 */
	public long synced() {
		return this.manufacturers.stream().filter(ManufacturerPull::synced).count();
	}

	/**
	 * How many manufacturers failed.
	 * @return the number of manufacturers whose pull failed
	 */
	public long failed() {
		return this.manufacturers.size() - synced();
	}

}
