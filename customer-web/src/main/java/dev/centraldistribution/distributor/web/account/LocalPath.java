package dev.centraldistribution.distributor.web.account;

import java.util.regex.Pattern;

/**
 * A path on this site to return to after a form, never a link elsewhere: a
 * {@code returnTo} parameter must not turn the shop into an open redirect.
 */
final class LocalPath {

	private static final Pattern SAFE = Pattern.compile("/(?:[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)*)?");

	private static final int MAX_LENGTH = 100;

	private LocalPath() {
	}

	/**
	 * The path if it is a plain path on this site.
	 * @param path what a request asked to return to
	 * @return the path, or {@code null} when it is absent or not plainly local
	 */
	static String orNull(String path) {
		return (path != null && path.length() <= MAX_LENGTH && SAFE.matcher(path).matches()) ? path : null;
	}

}
