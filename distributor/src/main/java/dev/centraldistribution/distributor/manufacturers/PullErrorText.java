package dev.centraldistribution.distributor.manufacturers;

/**
 * Makes a pull error fit for the admin page and the database: no control characters, no
 * runs of white space, at most {@value #MAX_LENGTH} characters. The text may quote what a
 * hostile manufacturer sent; the web layer still escapes it on output.
 */
final class PullErrorText {

	static final int MAX_LENGTH = 200;

	private PullErrorText() {
	}

	static String sanitise(String error) {
		if (error == null || error.isBlank()) {
			return "unknown error";
		}
		StringBuilder text = new StringBuilder(Math.min(error.length(), MAX_LENGTH + 1));
		boolean pendingSpace = false;
		for (int i = 0; i < error.length() && text.length() < MAX_LENGTH; i++) {
			char c = error.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSurrogate(c)
					|| Character.getType(c) == Character.FORMAT) {
				pendingSpace = text.length() > 0;
			}
			else {
				if (pendingSpace) {
					text.append(' ');
					pendingSpace = false;
				}
				text.append(c);
			}
		}
		if (text.length() >= MAX_LENGTH) {
			text.setLength(MAX_LENGTH - 1);
			text.append('…');
		}
		return (text.length() > 0) ? text.toString() : "unknown error";
	}

}
