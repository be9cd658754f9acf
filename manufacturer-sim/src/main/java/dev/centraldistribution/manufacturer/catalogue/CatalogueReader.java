package dev.centraldistribution.manufacturer.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads and checks a catalogue file, reporting every problem at once.
 */
@Component
class CatalogueReader {

	private final ObjectReader reader;

	private final Validator validator;

	CatalogueReader(JsonMapper jsonMapper, Validator validator) {
		this.reader = jsonMapper.readerForListOf(CatalogueEntry.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		this.validator = validator;
	}

	List<CatalogueEntry> read(Resource catalogue) {
		if (!catalogue.exists()) {
			throw new InvalidCatalogueException(catalogue, "the file does not exist");
		}
		List<CatalogueEntry> entries = parse(catalogue);
		if (entries == null || entries.isEmpty()) {
			throw new InvalidCatalogueException(catalogue, "it lists no product");
		}
		List<String> problems = problemsOf(entries);
		if (!problems.isEmpty()) {
			throw new InvalidCatalogueException(catalogue, String.join("; ", problems));
		}
		return List.copyOf(entries);
	}

	private List<CatalogueEntry> parse(Resource catalogue) {
		try (InputStream in = catalogue.getInputStream()) {
			return this.reader.readValue(in);
		}
		catch (IOException ex) {
			throw new InvalidCatalogueException(catalogue, "it cannot be read (" + ex.getMessage() + ")", ex);
		}
		catch (JacksonException ex) {
			throw new InvalidCatalogueException(catalogue,
					"it is not a JSON list of products (" + ex.getMessage() + ")", ex);
		}
	}

	private List<String> problemsOf(List<CatalogueEntry> entries) {
		List<String> problems = new ArrayList<>();
		Set<String> skus = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			CatalogueEntry entry = entries.get(i);
			String where = "products[" + i + "]";
			if (entry == null) {
				problems.add(where + " is null");
				continue;
			}
			this.validator.validate(entry)
				.stream()
				.sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
				.forEach((v) -> problems.add(where + "." + v.getPropertyPath() + " " + v.getMessage()));
			if (entry.initialStock() != null && entry.cap() != null && entry.initialStock() > entry.cap()) {
				problems.add(where + ".initialStock " + entry.initialStock() + " is above its cap " + entry.cap());
			}
			if (entry.sku() != null && !skus.add(entry.sku())) {
				problems.add(where + ".sku " + entry.sku() + " is listed twice");
			}
		}
		return problems;
	}

}
