package dev.centraldistribution.distributor.allocation;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * A delivery city of the built-in list.
 *
 * @param name its name
 * @param country ISO 3166-1 alpha-2 code
 * @param location where it is
 */
public record City(String name, String country, GeoLocation location) {

	/** How forms name it: {@code Lyon, FR}. */
	public String label() {
		return this.name + ", " + this.country;
	}

}
