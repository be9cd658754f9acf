package dev.centraldistribution.manufacturer;

import java.io.IOException;
import java.time.Duration;

import dev.centraldistribution.manufacturer.production.ProductionProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class ManufacturerPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(BindSettings.class);

	@ParameterizedTest
	@CsvSource({ "acme, Acme Tools, 8081", "globex, Globex Hardware, 8082", "initech, Initech Supplies, 8083",
			"vandelay, Vandelay Industries, 8086" })
	void eachReadyConfigurationIsValid(String preset, String name, int port) throws IOException {
		var yaml = new YamlPropertySourceLoader()
			.load(preset, new ClassPathResource("manufacturers/" + preset + ".yaml"))
			.get(0);

		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources().addFirst(yaml))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				var manufacturer = context.getBean(ManufacturerProperties.class);
				assertThat(manufacturer.code()).isEqualTo(preset);
				assertThat(manufacturer.name()).isEqualTo(name);
				assertThat(manufacturer.location().toGeoLocation().hasValidCoordinates()).isTrue();
				assertThat(manufacturer.catalogue().exists()).isTrue();
				assertThat(context.getEnvironment().getProperty("server.port", Integer.class)).isEqualTo(port);
				assertThat(context.getBean(ProductionProperties.class).interval()).isEqualTo(Duration.ofSeconds(5));
			});
	}

	@Test
	void theGeneratedPresetTakesItsCodeFromTheCommandLineAndDerivesTheRest() throws IOException {
		var yaml = new YamlPropertySourceLoader()
			.load("generated", new ClassPathResource("manufacturers/generated.yaml"))
			.get(0);

		this.runner.withInitializer((context) -> context.getEnvironment().getPropertySources().addFirst(yaml))
			.withPropertyValues("manufacturer.code=zenith")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				var manufacturer = context.getBean(ManufacturerProperties.class);
				assertThat(manufacturer.name()).isEqualTo("zenith");
				assertThat(manufacturer.catalogue()).as("generated from the code").isNull();
				assertThat(manufacturer.location()).isNull();
				assertThat(manufacturer.geoLocation().hasValidCoordinates()).isTrue();
				assertThat(manufacturer.geoLocation()).isEqualTo(DerivedLocation.of("zenith"));
				assertThat(context.getEnvironment().getProperty("server.port", Integer.class)).isEqualTo(8084);
			});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			manufacturer.code=Acme Tools            | codeUsableInQueueNames
			manufacturer.code=                      | code
			manufacturer.location.latitude=91       | location.latitude
			manufacturer.location.longitude=-180.5  | location.longitude
			manufacturer.name=                      | name
			manufacturer.production.interval=0s     | intervalPositive
			""")
	void rejectsInvalidSettingsNamingThem(String setting, String property) {
		this.runner
			.withPropertyValues("manufacturer.code=acme", "manufacturer.name=Acme Tools",
					"manufacturer.location.latitude=45.76", "manufacturer.location.longitude=4.83",
					"manufacturer.catalogue=classpath:catalogues/acme.json", setting)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining(property));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ManufacturerProperties.class, ProductionProperties.class })
	static class BindSettings {

	}

}
