package dev.centraldistribution.manufacturer.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manufacturer of a new code gets a catalogue of its own, the same at every start, made
 * of products other manufacturers sell too, and as valid as a catalogue file.
 */
class GeneratedCatalogueTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();

	private final GeneratedCatalogue generated = new GeneratedCatalogue(JSON);

	private final CatalogueReader reader = new CatalogueReader(JSON, validation.getValidator());

	@AfterAll
	static void closeValidation() {
		validation.close();
	}

	@Test
	void isTheSameForTheSameCode() {
		assertThat(new GeneratedCatalogue(JSON).forCode("zenith")).isEqualTo(this.generated.forCode("zenith"))
			.isNotEqualTo(this.generated.forCode("nadir"));
	}

	@Test
	void drawsWholeFamiliesOfThePresetsProducts() {
		Set<String> presetSkus = new HashSet<>();
		for (String preset : List.of("acme", "globex", "initech")) {
			this.reader.read(new ClassPathResource("catalogues/" + preset + ".json"))
				.forEach((entry) -> presetSkus.add(entry.sku()));
		}

		List<CatalogueEntry> zenith = this.generated.forCode("zenith");

		assertThat(zenith).hasSizeBetween(3, 9).extracting(CatalogueEntry::sku).allMatch(presetSkus::contains);
		assertThat(zenith).extracting(CatalogueEntry::category).doesNotContainNull().hasSizeGreaterThanOrEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zenith", "a", "b2b", "manufacturer-with-a-rather-long-c", "0" })
	void isAValidCatalogue(String code) {
		byte[] file = JSON.writeValueAsBytes(this.generated.forCode(code));

		List<CatalogueEntry> read = this.reader.read(new ByteArrayResource(file, "generated for " + code));

		assertThat(read).isEqualTo(this.generated.forCode(code));
		assertThat(read).allSatisfy((entry) -> {
			assertThat(entry.unitPriceCents() % 10).isEqualTo(9);
			assertThat(entry.productionRate()).isPositive();
			assertThat(entry.cap()).isGreaterThanOrEqualTo(entry.initialStock());
		});
		assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain("null");
	}

}
