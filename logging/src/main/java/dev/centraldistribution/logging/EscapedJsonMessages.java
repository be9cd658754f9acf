package dev.centraldistribution.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Makes every text of a structured (JSON) log line safe as {@link LogText} makes the
 * plain ones: JSON already escapes line breaks and control characters, this also escapes
 * bidi overrides and invisible marks, which a JSON viewer would otherwise show as they
 * act. Named by {@code logging.structured.json.customizer} in each application's
 * settings.
 */
public class EscapedJsonMessages implements StructuredLoggingJsonMembersCustomizer<Object> {

	@Override
	public void customize(JsonWriter.Members<Object> members) {
		members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogText::escape));
	}

}
