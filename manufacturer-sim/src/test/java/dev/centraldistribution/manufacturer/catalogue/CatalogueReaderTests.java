package dev.centraldistribution.manufacturer.catalogue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogueReaderTests {

	private static final Map<String, String> DEFAULTS = Map.of("sku", "\"ONE\"", "name", "\"Drill\"", "unitPriceCents",
			"100", "currency", "\"EUR\"", "initialStock", "5", "productionRate", "1", "cap", "40", "category",
			"\"power tools\"");

	private static final ValidatorFactory validation = Validation.buildDefaultValidatorFactory();

	private final CatalogueReader reader = new CatalogueReader(JsonMapper.builder().build(), validation.getValidator());

	@AfterAll
	static void closeValidation() {
		validation.close();
	}

	@Test
	void readsEveryFieldOfAProduct() {
		var entries = this.reader.read(new ClassPathResource("catalogues/test.json"));

		assertThat(entries).hasSize(3);
		assertThat(entries.get(0)).isEqualTo(new CatalogueEntry("TEST-DRILL", "Cordless drill 18V", 8999L, "EUR", 10L,
				3L, 30L, "power tools", "Two speeds, <b>two</b> batteries."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "acme", "globex", "initech", "vandelay" })
	void readsTheReadyMadeCatalogues(String name) {
		assertThat(this.reader.read(new ClassPathResource("catalogues/" + name + ".json"))).hasSizeBetween(6, 10)
			.allSatisfy((entry) -> assertThat(entry.description()).isNotBlank());
	}

	@Test
	void namesAMissingFile() {
		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(new ClassPathResource("catalogues/nowhere.json")))
			.withMessageContaining("catalogues/nowhere.json")
			.withMessageContaining("does not exist");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			[{"sku": "A", "name": "x"                                  | not a JSON list of products
			{"sku": "A"}                                               | not a JSON list of products
			[{"sku": "A", "name": "Drill", "unitPrice": 1}]            | unitPrice
			[]                                                         | lists no product
			[null]                                                     | products[0] is null
			""")
	void reportsUnreadableFiles(String json, String problem) {
		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> this.reader.read(catalogue(json)))
			.withMessageStartingWith("Catalogue Byte array resource [test catalogue] is invalid: ")
			.withMessageContaining(problem);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sku            | ""     | products[0].sku must not be blank
			sku            | "A B"  | products[0].sku must match
			name           | " "    | products[0].name must not be blank
			unitPriceCents | -1     | products[0].unitPriceCents must be greater than or equal to 0
			unitPriceCents | null   | products[0].unitPriceCents must not be null
			currency       | "euro" | products[0].currency must match
			initialStock   | -5     | products[0].initialStock must be greater than or equal to 0
			productionRate | -1     | products[0].productionRate must be greater than or equal to 0
			initialStock   | 50     | products[0].initialStock 50 is above its cap 40
			sku            | "TWIN" | products[1].sku TWIN is listed twice
			category       | ""     | products[0].category size must be between 1 and 60
			category       | "<b>"  | products[0].category must match
			""")
	void namesEveryInvalidField(String field, String jsonValue, String problem) {
		String first = product("ONE").replace("\"" + field + "\": " + DEFAULTS.get(field),
				"\"" + field + "\": " + jsonValue);

		assertThatExceptionOfType(InvalidCatalogueException.class)
			.isThrownBy(() -> this.reader.read(catalogue("[" + first + ", " + product("TWIN") + "]")))
			.withMessageContaining(problem);
	}

	private static String product(String sku) {
		return "{\"sku\": \"" + sku + "\", \"name\": \"Drill\", \"unitPriceCents\": 100, \"currency\": \"EUR\", "
				+ "\"initialStock\": 5, \"productionRate\": 1, \"cap\": 40, \"category\": \"power tools\"}";
	}

	@Test
	void aCategoryIsOptional() {
		String json = "[{\"sku\": \"ONE\", \"name\": \"Drill\", \"unitPriceCents\": 100, \"currency\": \"EUR\", "
				+ "\"initialStock\": 5, \"productionRate\": 1, \"cap\": 40}]";

		assertThat(this.reader.read(catalogue(json)).get(0).category()).isNull();
	}

	@Test
	void reportsAFieldLeftOut() {
		String json = "[{\"sku\": \"ONE\", \"name\": \"Drill\", \"currency\": \"EUR\", \"initialStock\": 5, "
				+ "\"productionRate\": 1, \"cap\": 40}]";

		assertThatExceptionOfType(InvalidCatalogueException.class).isThrownBy(() -> this.reader.read(catalogue(json)))
			.withMessageContaining("products[0].unitPriceCents must not be null");
	}

	private static Resource catalogue(String json) {
		return new ByteArrayResource(json.getBytes(StandardCharsets.UTF_8), "test catalogue");
	}

}
