package dev.centraldistribution.distributor.web.security;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Client addresses for tests: each test signs in from an address of its own, so that
 * failed sign-ins of one test never throttle another, even on a shared database.
 */
public final class Addresses {

	private Addresses() {
	}

	/** A random address in 10.0.0.0/8. */
	public static String unique() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

}
