package dev.centraldistribution.contracts;

/**
 * A point on the earth in decimal degrees.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record GeoLocation(double latitude, double longitude) {

	public boolean hasValidCoordinates() {
		return Double.isFinite(this.latitude) && Double.isFinite(this.longitude) && Math.abs(this.latitude) <= 90
				&& Math.abs(this.longitude) <= 180;
	}

}
