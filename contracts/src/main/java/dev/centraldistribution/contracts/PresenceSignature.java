package dev.centraldistribution.contracts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs presence messages and checks their signatures: HMAC-SHA256 over the exact bytes
 * of the message body, keyed with the secret the manufacturers and the distributor share,
 * sent in the {@value #HEADER} header as {@code sha256=<base64>}. Both sides use this
 * class, so that they agree on every byte.
 */
public final class PresenceSignature {

	/** The AMQP header that carries the signature. */
	public static final String HEADER = "x-presence-signature";

	/** Shortest secret accepted: shorter ones are guessed too easily. */
	public static final int MIN_SECRET_LENGTH = 16;

	private static final String ALGORITHM = "HmacSHA256";

	private static final String PREFIX = "sha256=";

	private final SecretKeySpec key;

	/**
	 * @param secret the shared secret, at least {@value #MIN_SECRET_LENGTH} characters
	 */
	public PresenceSignature(String secret) {
		if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
			throw new IllegalArgumentException(
					"The presence secret must be at least " + MIN_SECRET_LENGTH + " characters long");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * The signature of a body.
	 * @param body the exact bytes sent
	 * @return the header value, {@code sha256=} and the base64 of the HMAC
	 */
	public String sign(byte[] body) {
		return PREFIX + Base64.getEncoder().encodeToString(mac(body));
	}

	/**
	 * Whether a signature is the one of this body under our secret. The comparison takes
	 * the same time wherever the first difference is, so that timing tells a forger
	 * nothing.
	 * @param body the exact bytes received
	 * @param signature the header value received, possibly {@code null} or garbage
	 * @return {@code true} only for the right signature
	 */
	public boolean matches(byte[] body, String signature) {
		if (signature == null || !signature.startsWith(PREFIX)) {
			return false;
		}
		byte[] given;
		try {
			given = Base64.getDecoder().decode(signature.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return MessageDigest.isEqual(mac(body), given);
	}

	private byte[] mac(byte[] body) {
		try {
			// A Mac is not thread-safe; a new one per message costs microseconds.
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

}
