package dev.centraldistribution.manufacturer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.contracts.MessagingTopology;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Who this manufacturer is ({@code manufacturer.*}). The ready-made configurations in
 * {@code manufacturers/*.yaml} are selected with {@code manufacturer.preset}.
 *
 * @param code stable identifier, part of queue and database schema names: lower-case
 * letters, digits and dashes, as {@link MessagingTopology#MANUFACTURER_CODE} requires
 * @param name display name shown to the distributor's customers
 * @param location where the manufacturer is, in decimal degrees; when absent, one of a
 * few industrial cities picked by the code
 * @param catalogue JSON list of the products made, e.g.
 * {@code classpath:catalogues/acme.json} or {@code file:./my-catalogue.json}; read at
 * every start, never resetting stock. When absent, a catalogue generated from the code,
 * the same at every start (preset {@code generated})
 * @param api the API it serves: {@code native} (this repository's snapshot and queues) or
 * {@code shop} (a shop's own REST API, {@code /shop/v1/*}, with nothing of our contract)
 */
@Validated
@ConfigurationProperties("manufacturer")
public record ManufacturerProperties(@NotBlank String code, @NotBlank @Size(max = 120) String name,
		@Valid Location location, Resource catalogue, @DefaultValue("native") Api api) {

	/** The APIs a simulator can serve; each is one adapter kind of the distributor. */
	public enum Api {

		/** This repository's contract. */
		NATIVE("native"),
		/** A shop's own API, {@code /shop/v1/*}. */
		SHOP("shop");

		private final String adapterKind;

		Api(String adapterKind) {
			this.adapterKind = adapterKind;
		}

		/**
		 * The distributor's name for this API, said in the {@code hello}.
		 * @return e.g. {@code shop}
		 */
		public String adapterKind() {
			return this.adapterKind;
		}

	}

	@AssertTrue(message = "must be lower-case letters, digits and dashes, at most 32, starting with a letter or digit")
	public boolean isCodeUsableInQueueNames() {
		return this.code != null && MessagingTopology.MANUFACTURER_CODE.matcher(this.code).matches();
	}

	/**
	 * Where the manufacturer is: as configured, or derived from its code.
	 * @return a valid point
	 */
	public GeoLocation geoLocation() {
		return (this.location != null) ? this.location.toGeoLocation() : DerivedLocation.of(this.code);
	}

	/**
	 * A point in decimal degrees.
	 *
	 * @param latitude from -90 to 90
	 * @param longitude from -180 to 180
	 */
	public record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

		public GeoLocation toGeoLocation() {
			return new GeoLocation(this.latitude, this.longitude);
		}

	}

}
