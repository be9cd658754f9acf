package dev.centraldistribution.distributor.manufacturers;

import java.net.URI;

import dev.centraldistribution.contracts.GeoLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A registration is checked before it reaches the database.
 */
class ManufacturerRegistrationTests {

	private static final URI URL = URI.create("http://127.0.0.1:8081");

	@ParameterizedTest
	@ValueSource(strings = { "", "Acme", "acme tools", "-acme", "acme_tools", "a23456789012345678901234567890123" })
	void refusesCodesThatCannotNameAQueue(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ManufacturerRegistration(code, "Acme", URL, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "Acme\u0000", "Acme\nTools" })
	void refusesNamesThatAreEmptyOrCarryControlCharacters(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> new ManufacturerRegistration("acme", name, URL, null));
	}

	@Test
	void refusesNamesLongerThanTheColumn() {
		String name = "A".repeat(ManufacturerRegistration.MAX_NAME_LENGTH + 1);
		assertThatIllegalArgumentException().isThrownBy(() -> new ManufacturerRegistration("acme", name, URL, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://127.0.0.1/", "/api", "file:///etc/passwd", "http:opaque" })
	void refusesAnythingButAbsoluteHttpUrls(String url) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ManufacturerRegistration("acme", "Acme", URI.create(url), null));
	}

	@Test
	void refusesLocationsOffTheEarth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ManufacturerRegistration("acme", "Acme", URL, new GeoLocation(91, 0)));
	}

	@Test
	void acceptsAWellFormedManufacturerAndTrimsItsName() {
		ManufacturerRegistration registration = new ManufacturerRegistration("acme-2", " Acme ",
				URI.create("https://acme.example:8443/shop/"), new GeoLocation(-33.9, 151.2));

		assertThat(registration.name()).isEqualTo("Acme");
	}

}
