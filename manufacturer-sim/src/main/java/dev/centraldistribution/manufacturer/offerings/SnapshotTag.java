package dev.centraldistribution.manufacturer.offerings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.centraldistribution.contracts.OfferingsSnapshot;
import dev.centraldistribution.contracts.ProductOffering;

/**
 * The entity tag of a snapshot: a hash of everything in it but the moment it was taken,
 * so that two snapshots the distributor would apply alike have the same tag, and a
 * distributor that has the current one gets {@code 304 Not Modified} instead of the whole
 * list.
 */
final class SnapshotTag {

	private SnapshotTag() {
	}

	/**
	 * @param snapshot a snapshot as it would be served
	 * @return a strong entity tag, quoted
	 */
	static String of(OfferingsSnapshot snapshot) {
		MessageDigest digest = sha256();
		update(digest, snapshot.schemaVersion());
		update(digest, snapshot.manufacturerCode());
		update(digest, snapshot.manufacturerName());
		if (snapshot.location() != null) {
			update(digest, Double.toString(snapshot.location().latitude()));
			update(digest, Double.toString(snapshot.location().longitude()));
		}
		for (ProductOffering product : snapshot.products()) {
			update(digest, product.sku());
			update(digest, product.name());
			update(digest, product.unitPriceCents());
			update(digest, product.currency());
			update(digest, product.available());
			update(digest, product.appliedTotal());
		}
		return '"' + HexFormat.of().formatHex(digest.digest(), 0, 16) + '"';
	}

	/**
	 * Whether an {@code If-None-Match} header names this tag ({@code *} names any).
	 * @param ifNoneMatch the header, or {@code null}
	 * @param tag the current tag
	 * @return {@code true} when the client has the current snapshot
	 */
	static boolean matches(String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String trimmed = candidate.strip();
			if (trimmed.startsWith("W/")) {
				trimmed = trimmed.substring(2);
			}
			if (trimmed.equals("*") || trimmed.equals(tag)) {
				return true;
			}
		}
		return false;
	}

	private static void update(MessageDigest digest, String value) {
		byte[] bytes = (value != null) ? value.getBytes(StandardCharsets.UTF_8) : new byte[0];
		update(digest, (value != null) ? bytes.length : -1);
		digest.update(bytes);
	}

	private static void update(MessageDigest digest, long value) {
		for (int shift = 56; shift >= 0; shift -= 8) {
			digest.update((byte) (value >>> shift));
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
