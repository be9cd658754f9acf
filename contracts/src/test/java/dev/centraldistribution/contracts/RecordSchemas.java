package dev.centraldistribution.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Schemas (draft 2020-12) of the contract's records, made by reflection over their
 * components (the JSON Jackson writes: one property per component, by its name) with the
 * descriptions of their Javadoc ({@code @param}) read from the source. A small generator
 * rather than a library: the records use a handful of types, and the libraries that
 * resolve (victools' generator) bring a second Jackson with them.
 * <p>
 * Every property is required (Jackson writes {@code null} components too), except one
 * whose description says it is {@code optional} (added to a contract after readers that
 * do not send it); a reference type whose description mentions {@code null} may be null.
 * A static {@code SCHEMA_VERSION} becomes the {@code schemaVersion} property's
 * {@code const}.
 */
final class RecordSchemas {

	static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern LINK = Pattern.compile("\\{@(?:link|code|linkplain) ([^}]*)}");

	private final String refPrefix;

	private final Map<String, Object> definitions = new LinkedHashMap<>();

	/**
	 * @param refPrefix where the nested records' schemas go: {@code #/$defs/} in a
	 * schema, {@code #/components/schemas/} in an OpenAPI document
	 */
	RecordSchemas(String refPrefix) {
		this.refPrefix = refPrefix;
	}

	/** The records the schemas made so far refer to, by name. */
	Map<String, Object> definitions() {
		return this.definitions;
	}

	/** The schema of a record, its nested records added to {@link #definitions()}. */
	Map<String, Object> schemaOf(Class<? extends Record> type) {
		Javadoc javadoc = Javadoc.of(type);
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("title", type.getSimpleName());
		if (!javadoc.summary().isEmpty()) {
			schema.put("description", javadoc.summary());
		}
		schema.put("type", "object");
		Map<String, Object> properties = new LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			String description = javadoc.params().getOrDefault(component.getName(), "");
			Map<String, Object> property = new LinkedHashMap<>(
					typeOf(component.getGenericType(), description.contains("null")));
			if (component.getName().equals("schemaVersion")) {
				constant(type, "SCHEMA_VERSION").ifPresent((version) -> property.put("const", version));
			}
			if (!description.isEmpty()) {
				property.put("description", description);
			}
			properties.put(component.getName(), property);
			if (!description.contains("optional")) {
				required.add(component.getName());
			}
		}
		schema.put("properties", properties);
		schema.put("required", required);
		schema.put("additionalProperties", false);
		return schema;
	}

	private Map<String, Object> typeOf(Type type, boolean nullable) {
		Map<String, Object> schema = new LinkedHashMap<>();
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
			schema.put("type", nullable ? List.of("array", "null") : "array");
			schema.put("items", typeOf(parameterized.getActualTypeArguments()[0], false));
			return schema;
		}
		Class<?> raw = (Class<?>) type;
		if (raw.isRecord()) {
			@SuppressWarnings("unchecked")
			Class<? extends Record> record = (Class<? extends Record>) raw;
			if (!this.definitions.containsKey(raw.getSimpleName())) {
				this.definitions.put(raw.getSimpleName(), Map.of());
				this.definitions.put(raw.getSimpleName(), schemaOf(record));
			}
			return Map.of("$ref", this.refPrefix + raw.getSimpleName());
		}
		String json;
		if (raw == String.class) {
			json = "string";
		}
		else if (raw == Instant.class) {
			json = "string";
			schema.put("format", "date-time");
		}
		else if (raw == int.class || raw == long.class) {
			json = "integer";
			schema.put("format", (raw == int.class) ? "int32" : "int64");
		}
		else if (raw == double.class) {
			json = "number";
		}
		else if (raw == boolean.class) {
			json = "boolean";
		}
		else {
			throw new IllegalArgumentException("No JSON type for " + type + ": teach RecordSchemas");
		}
		schema.put("type", (nullable && !raw.isPrimitive()) ? List.of(json, "null") : json);
		return reorderTypeFirst(schema);
	}

	private static Map<String, Object> reorderTypeFirst(Map<String, Object> schema) {
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("type", schema.get("type"));
		schema.forEach(ordered::putIfAbsent);
		return ordered;
	}

	static Optional<Object> constant(Class<?> type, String name) {
		try {
			Field field = type.getField(name);
			return Modifier.isStatic(field.getModifiers()) ? Optional.of(field.get(null)) : Optional.empty();
		}
		catch (NoSuchFieldException ex) {
			return Optional.empty();
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A record's Javadoc: its first paragraph and its {@code @param} descriptions. */
	record Javadoc(String summary, Map<String, String> params) {

		static Javadoc of(Class<?> type) {
			Class<?> topLevel = type;
			while (topLevel.getEnclosingClass() != null) {
				topLevel = topLevel.getEnclosingClass();
			}
			Path source = SOURCES.resolve(topLevel.getName().replace('.', '/') + ".java");
			String text;
			try {
				text = Files.readString(source);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			int declaration = text.indexOf("record " + type.getSimpleName() + "(");
			int end = text.lastIndexOf("*/", declaration);
			int start = text.lastIndexOf("/**", end);
			if (declaration < 0 || end < 0 || start < 0 || !text.substring(end, declaration).strip().startsWith("*/")
					|| text.substring(end + 2, declaration).contains(";")) {
				return new Javadoc("", Map.of());
			}
			String comment = text.substring(start + 3, end)
				.lines()
				.map((line) -> line.strip().replaceFirst("^\\*\\s?", ""))
				.reduce("", (joined, line) -> joined + "\n" + line);
			String[] parts = comment.split("\n(?=@)");
			Map<String, String> params = new LinkedHashMap<>();
			for (int i = 1; i < parts.length; i++) {
				Matcher param = Pattern.compile("^@param\\s+(\\w+)\\s+(.*)$", Pattern.DOTALL).matcher(parts[i]);
				if (param.matches()) {
					params.put(param.group(1), plain(param.group(2)));
				}
			}
			return new Javadoc(plain(firstParagraph(parts[0])), params);
		}

		private static String firstParagraph(String text) {
			return text.strip().split("\n\\s*\n|<p>")[0];
		}

		private static String plain(String text) {
			Matcher link = LINK.matcher(text.strip().replaceAll("\\s+", " "));
			StringBuilder plain = new StringBuilder();
			while (link.find()) {
				String reference = link.group(1).strip();
				reference = reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
				link.appendReplacement(plain, Matcher.quoteReplacement(reference));
			}
			link.appendTail(plain);
			return plain.toString();
		}

	}

}
