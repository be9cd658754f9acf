package dev.centraldistribution.distributor.web.security;

import java.time.Duration;

/**
 * Says how long to wait in words a customer reads: "30 seconds", "1 minute", "15 minutes"
 * (rounded up, so that trying again at the time said always works).
 */
final class Waits {

	private Waits() {
	}

	static String describe(Duration wait) {
		long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
		if (seconds < 60) {
			return seconds + ((seconds == 1) ? " second" : " seconds");
		}
		long minutes = (seconds + 59) / 60;
		return minutes + ((minutes == 1) ? " minute" : " minutes");
	}

	/** The message of a refused attempt. */
	static String tooManyAttempts(Duration wait) {
		return "Too many failed attempts. Try again in " + describe(wait) + ".";
	}

}
