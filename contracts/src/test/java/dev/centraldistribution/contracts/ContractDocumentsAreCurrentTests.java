package dev.centraldistribution.contracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manufacturer contract as documents in {@code docs/contract/}: a JSON Schema of
 * every message and the OpenAPI document of {@code GET /api/offerings}, generated from
 * the records of this module ({@link RecordSchemas}). When a record changes, this test
 * fails; run it with {@code -Ddocs.update=true} to write the documents anew, and commit
 * them.
 */
class ContractDocumentsAreCurrentTests {

	static final Path DOCS = Path.of("../docs/contract");

	static final boolean UPDATE = Boolean.getBoolean("docs.update");

	/** Every message on the broker, by its AMQP {@code type} property. */
	static final List<Class<? extends Record>> MESSAGES = List.of(PurchaseConfirmation.class,
			PurchaseAcknowledgement.class, CycleSummary.class, ManufacturerHello.class, ManufacturerHeartbeat.class,
			ManufacturerBye.class, PurchaseCancellation.class, CancellationAnswer.class, SubOrderShipped.class,
			SubOrderDelivered.class);

	static final String OPENAPI = "offerings.openapi.json";

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	@Test
	void everyMessageHasTheJsonSchemaItsRecordHasNow() throws IOException {
		for (Class<? extends Record> message : MESSAGES) {
			RecordSchemas schemas = new RecordSchemas("#/$defs/");
			Map<String, Object> document = new LinkedHashMap<>();
			document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			document.putAll(schemas.schemaOf(message));
			document.put("x-amqp-type", RecordSchemas.constant(message, "TYPE").orElseThrow());
			if (!schemas.definitions().isEmpty()) {
				document.put("$defs", schemas.definitions());
			}
			assertCurrent(schemaFile(message), document);
		}
	}

	@Test
	void theOfferingsEndpointHasTheOpenApiDocumentItsRecordsHaveNow() throws IOException {
		RecordSchemas schemas = new RecordSchemas("#/components/schemas/");
		Map<String, Object> components = new LinkedHashMap<>();
		components.put(OfferingsSnapshot.class.getSimpleName(), schemas.schemaOf(OfferingsSnapshot.class));
		components.putAll(schemas.definitions());
		Map<String, Object> ok = ordered("description", "What the manufacturer can supply now", "content", ordered(
				"application/json",
				ordered("schema", ordered("$ref", "#/components/schemas/" + OfferingsSnapshot.class.getSimpleName()))));
		Map<String, Object> get = new LinkedHashMap<>();
		get.put("operationId", "offerings");
		get.put("summary", "The manufacturer's offerings snapshot, which the distributor pulls");
		get.put("description",
				"Every product the manufacturer makes, with its price, the quantity it can supply "
						+ "now and how many units of it the distributor's purchase confirmations applied so far "
						+ "(appliedTotal). Read by one distributor instance every distributor.sync.interval; an answer "
						+ "that is not 200 with this body, or that takes longer than distributor.sync.timeout, marks "
						+ "the manufacturer's offerings stale.");
		get.put("responses", ordered("200", ok));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("openapi", "3.1.0");
		document.put("info", ordered("title", "Manufacturer offerings", "version",
				String.valueOf(ManufacturerHello.CONTRACT_VERSION)));
		document.put("paths", ordered(OfferingsSnapshot.PATH, ordered("get", get)));
		document.put("components", ordered("schemas", components));
		assertCurrent(DOCS.resolve(OPENAPI), document);
	}

	@Test
	void everyMessageOfTheContractIsDocumentedAndNothingElse() throws IOException {
		Set<String> messages = new TreeSet<>();
		try (Stream<Path> sources = Files.list(RecordSchemas.SOURCES.resolve("dev/centraldistribution/contracts"))) {
			for (Path source : sources.toList()) {
				String name = source.getFileName().toString().replace(".java", "");
				if (name.equals("package-info")) {
					continue;
				}
				Class<?> type = Class.forName("dev.centraldistribution.contracts." + name, false,
						getClass().getClassLoader());
				if (type.isRecord() && RecordSchemas.constant(type, "TYPE").isPresent()) {
					messages.add(type.getSimpleName());
				}
			}
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
		Set<String> documented = MESSAGES.stream()
			.map(Class::getSimpleName)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(documented).as("records with a message TYPE, each with its schema").isEqualTo(messages);
		Set<String> expected = new TreeSet<>(
				MESSAGES.stream().map((message) -> schemaFile(message).getFileName().toString()).toList());
		expected.add(OPENAPI);
		Set<String> present;
		try (Stream<Path> documents = Files.list(DOCS)) {
			present = documents.map((document) -> document.getFileName().toString())
				.filter((name) -> name.endsWith(".json"))
				.collect(Collectors.toCollection(TreeSet::new));
		}
		assertThat(present).as("the JSON documents in docs/contract").isEqualTo(expected);
	}

	/** A map written in the order given (Map.of's order changes from run to run). */
	private static Map<String, Object> ordered(Object... namesAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	private static Path schemaFile(Class<? extends Record> message) {
		return DOCS.resolve(RecordSchemas.constant(message, "TYPE").orElseThrow() + ".schema.json");
	}

	private static void assertCurrent(Path file, Map<String, Object> document) throws IOException {
		String current = JSON.writeValueAsString(document) + "\n";
		if (UPDATE) {
			Files.createDirectories(file.getParent());
			Files.writeString(file, current);
		}
		assertThat(file).as("%s; update with -Ddocs.update=true", file).exists();
		assertThat(Files.readString(file)).as("%s; update with -Ddocs.update=true", file).isEqualTo(current);
	}

}
