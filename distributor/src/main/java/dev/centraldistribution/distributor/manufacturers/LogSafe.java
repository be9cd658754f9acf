package dev.centraldistribution.distributor.manufacturers;

/**
 * Text a manufacturer sent, fit for one log line: control and format characters become
 * {@code ?} (no forged log lines, no terminal escapes), at most {@value #MAX_LENGTH}
 * characters, quoted.
 */
final class LogSafe {

	static final int MAX_LENGTH = 80;

	private LogSafe() {
	}

	static String quote(Object value) {
		if (value == null) {
			return "(none)";
		}
		String text = value.toString();
		StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 3).append('"');
		text.codePoints().limit(MAX_LENGTH).forEach((c) -> {
			int type = Character.getType(c);
			boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR;
			safe.appendCodePoint(hidden ? '?' : c);
		});
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			safe.append('…');
		}
		return safe.append('"').toString();
	}

}
