package dev.centraldistribution.distributor.allocation;

import dev.centraldistribution.contracts.GeoLocation;

/** Great-circle distances on a spherical Earth: good to a fraction of a percent. */
final class Distances {

	private static final double EARTH_RADIUS_KM = 6_371.0;

	private Distances() {
	}

	static double kilometres(GeoLocation from, GeoLocation to) {
		double lat1 = Math.toRadians(from.latitude());
		double lat2 = Math.toRadians(to.latitude());
		double dLat = lat2 - lat1;
		double dLon = Math.toRadians(to.longitude() - from.longitude());
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

}
