package dev.centraldistribution.logging;

/**
 * Makes text safe for a log line. A line break inside it ({@code LF} or {@code CRLF}) is
 * kept but followed by a tab: what follows reads as a continuation of the same record (as
 * a stack trace's lines do, and as log shippers join them), never as a record of its own,
 * while a framework's multi-line message (Spring Boot's start-up failure report) stays
 * legible. Other characters that could forge a line (a lone CR), control a terminal (ESC
 * and the other C0 and C1 controls) or reorder what a reader sees (bidi overrides and
 * isolates, invisible marks, line and paragraph separators) are written as {@code \r} or
 * {@code \}{@code uXXXX}. Everything else, including any script, stays as it is, and so
 * does a tab: it cannot start a line or hide text.
 */
public final class LogText {

	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private LogText() {
	}

	/**
	 * The text as it may be logged.
	 * @param text any text, possibly hostile
	 * @return the same instance when nothing needed escaping (the common case)
	 */
	public static String escape(String text) {
		if (text == null) {
			return null;
		}
		int first = firstUnsafe(text);
		if (first < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isUnsafe(c)) {
				escaped.append(c);
			}
			else if (c == '\n') {
				escaped.append("\n\t");
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				escaped.append("\n\t");
				i++;
			}
			else if (c == '\r') {
				escaped.append("\\r");
			}
			else {
				escaped.append("\\u")
					.append(HEX[(c >> 12) & 0xF])
					.append(HEX[(c >> 8) & 0xF])
					.append(HEX[(c >> 4) & 0xF])
					.append(HEX[c & 0xF]);
			}
		}
		return escaped.toString();
	}

	private static int firstUnsafe(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isUnsafe(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean isUnsafe(char c) {
		if (c < 0x20) {
			return c != '\t';
		}
		if (c < 0x7F) {
			return false;
		}
		return c <= 0x9F // DEL and the C1 controls
				|| c == 0x061C // Arabic letter mark
				|| (c >= 0x200B && c <= 0x200F) // zero-width space, joiners, LRM, RLM
				|| (c >= 0x2028 && c <= 0x202E) // line and paragraph separators,
												// embeddings, overrides
				|| (c >= 0x2066 && c <= 0x2069) // isolates
				|| c == 0xFEFF; // zero-width no-break space
	}

}
