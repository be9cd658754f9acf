package dev.centraldistribution.manufacturer;

import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * Where a manufacturer without a configured location is: one of a few industrial cities,
 * picked by its code.
 */
final class DerivedLocation {

	/** Industrial cities of Europe, where the preset manufacturers are too. */
	private static final List<GeoLocation> CITIES = List.of(new GeoLocation(48.1351, 11.5820), // Munich
			new GeoLocation(45.0703, 7.6869), // Turin
			new GeoLocation(51.2277, 6.7735), // Düsseldorf
			new GeoLocation(45.4384, 10.9916), // Verona
			new GeoLocation(50.8503, 4.3517), // Brussels
			new GeoLocation(52.2297, 21.0122), // Warsaw
			new GeoLocation(41.3874, 2.1686), // Barcelona
			new GeoLocation(43.6047, 1.4442), // Toulouse
			new GeoLocation(49.1951, 16.6068), // Brno
			new GeoLocation(57.7089, 11.9746), // Gothenburg
			new GeoLocation(47.3769, 8.5417), // Zurich
			new GeoLocation(53.4808, -2.2426)); // Manchester

	private DerivedLocation() {
	}

	static GeoLocation of(String code) {
		return CITIES.get(CodeSeed.randomFor(code).nextInt(CITIES.size()));
	}

}
