package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.util.Objects;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.MessagingTopology;

/**
 * What the distributor needs to know to pull a manufacturer: from the configuration, or
 * from its own announcement ({@code hello}).
 *
 * @param code stable code matching {@link MessagingTopology#MANUFACTURER_CODE}
 * @param name display name, at most {@value #MAX_NAME_LENGTH} characters
 * @param baseUrl absolute http(s) URL of its REST endpoint
 * @param location where it is, or {@code null}
 * @param adapterKind how the distributor talks to it
 */
public record ManufacturerRegistration(String code, String name, URI baseUrl, GeoLocation location,
		AdapterKind adapterKind) {

	/** Length of the {@code manufacturer.name} column. */
	public static final int MAX_NAME_LENGTH = 120;

	/** Length of the {@code manufacturer.base_url} column. */
	public static final int MAX_URL_LENGTH = 500;

	public ManufacturerRegistration {
		if (code == null || !MessagingTopology.MANUFACTURER_CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Not a manufacturer code: " + code);
		}
		if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH
				|| name.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"Manufacturer " + code + " needs a name of 1 to " + MAX_NAME_LENGTH + " printable characters");
		}
		Objects.requireNonNull(baseUrl, () -> "Manufacturer " + code + " needs a base URL");
		if (!baseUrl.isAbsolute() || baseUrl.getHost() == null || baseUrl.toString().length() > MAX_URL_LENGTH
				|| !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
			throw new IllegalArgumentException("Manufacturer " + code + " needs an absolute http(s) base URL");
		}
		if (location != null && !location.hasValidCoordinates()) {
			throw new IllegalArgumentException("Manufacturer " + code + " has an invalid location " + location);
		}
		Objects.requireNonNull(adapterKind, () -> "Manufacturer " + code + " needs an adapter kind");
		name = name.strip();
	}

	/**
	 * A manufacturer that speaks this repository's contract ({@link AdapterKind#NATIVE}).
	 * @param code stable code matching {@link MessagingTopology#MANUFACTURER_CODE}
	 * @param name display name, at most {@value #MAX_NAME_LENGTH} characters
	 * @param baseUrl absolute http(s) URL of its REST endpoint
	 * @param location where it is, or {@code null}
	 */
	public ManufacturerRegistration(String code, String name, URI baseUrl, GeoLocation location) {
		this(code, name, baseUrl, location, AdapterKind.NATIVE);
	}

}
