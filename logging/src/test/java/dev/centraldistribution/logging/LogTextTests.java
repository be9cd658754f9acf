package dev.centraldistribution.logging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# what was typed                               | what the log shows
			"line\\nforged 2026-12-01 ERROR everything broke" | "line\\n\\tforged 2026-12-01 ERROR everything broke"
			"windows\\r\\nline"                             | "windows\\n\\tline"
			"carriage\\rreturn"                               | "carriage\\\\rreturn"
			"\\u001b[31mred"                                  | "\\\\u001b[31mred"
			"bell\\u0007 and nul\\u0000"                      | "bell\\\\u0007 and nul\\\\u0000"
			"invoice\\u202Efdp.exe"                           | "invoice\\\\u202efdp.exe"
			"\\u2066isolated\\u2069 and \\u200Fmarked"        | "\\\\u2066isolated\\\\u2069 and \\\\u200fmarked"
			"next\\u0085line and \\u2028separator"            | "next\\\\u0085line and \\\\u2028separator"
			"zero\\u200Bwidth\\uFEFF"                         | "zero\\\\u200bwidth\\\\ufeff"
			""")
	void neutralisesWhatCouldForgeOrDisguiseALine(String typed, String logged) {
		assertThat(LogText.escape(unescapeJava(typed))).isEqualTo(unescapeJava(logged));
	}

	@Test
	void leavesOrdinaryTextOfAnyScriptAlone() {
		String text = "Zoë ordered 3 × Bohrmaschine, 東京, שלום, مرحبا <b>bold</b> \"quoted\"\tand a tab";

		assertThat(LogText.escape(text)).isSameAs(text);
	}

	@Test
	void leavesNullAsItIs() {
		assertThat(LogText.escape(null)).isNull();
	}

	/** The test table writes characters as Java escapes, so that the file shows them. */
	private static String unescapeJava(String text) {
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 == text.length()) {
				result.append(c);
				continue;
			}
			char next = text.charAt(++i);
			switch (next) {
				case 'n' -> result.append('\n');
				case 'r' -> result.append('\r');
				case 't' -> result.append('\t');
				case 'u' -> {
					result.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> result.append(next);
			}
		}
		return result.toString();
	}

}
