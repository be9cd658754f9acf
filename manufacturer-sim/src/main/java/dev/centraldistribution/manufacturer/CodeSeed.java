package dev.centraldistribution.manufacturer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/**
 * Random choices that depend on a manufacturer's code alone: the same code gives the same
 * generated catalogue and location on every machine and every start. {@link Random}'s
 * sequence for a seed is fixed by its specification.
 */
public final class CodeSeed {

	private CodeSeed() {
	}

	/**
	 * @param code the manufacturer's code
	 * @return a generator seeded with the first 8 bytes of the code's SHA-256
	 */
	public static Random randomFor(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
			return new Random(ByteBuffer.wrap(digest).getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
