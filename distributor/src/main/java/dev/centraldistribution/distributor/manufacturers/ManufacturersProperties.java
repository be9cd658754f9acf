package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.centraldistribution.contracts.GeoLocation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The manufacturers listed in the configuration, registered at startup.
 *
 * @param manufacturers {@code distributor.manufacturers}: code, name, base-url, location
 * (latitude, longitude) and adapter of each
 */
@Validated
@ConfigurationProperties("distributor")
record ManufacturersProperties(@DefaultValue List<@Valid Configured> manufacturers) {

	List<ManufacturerRegistration> registrations() {
		return this.manufacturers.stream().map(Configured::toRegistration).toList();
	}

	/**
	 * One configured manufacturer.
	 *
	 * @param code stable code, lower case letters, digits and dashes
	 * @param name display name
	 * @param baseUrl its REST endpoint, for example {@code http://127.0.0.1:8081}
	 * @param location where it is, optional
	 * @param adapter how the distributor talks to it ({@code native} when not given)
	 */
	record Configured(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,31}") String code,
			@NotBlank @Size(max = ManufacturerRegistration.MAX_NAME_LENGTH) String name, @NotNull URI baseUrl,
			GeoLocation location, AdapterKind adapter) {

		ManufacturerRegistration toRegistration() {
			return new ManufacturerRegistration(this.code, this.name, this.baseUrl, this.location,
					(this.adapter != null) ? this.adapter : AdapterKind.NATIVE);
		}

	}

}
