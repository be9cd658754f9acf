package dev.centraldistribution.manufacturer.faults;

/**
 * How the offerings snapshot is spoiled when bad data is injected.
 */
public enum BadData {

	/** The snapshot is served as it is. */
	NONE,

	/** The body is cut in half: JSON that ends in the middle of a value. */
	BROKEN_JSON,

	/** Every product's {@code available} is below zero: {@code -(available + 1)}. */
	NEGATIVE_QUANTITIES,

	/**
	 * Every product's {@code available} and {@code unitPriceCents} is
	 * {@link Long#MAX_VALUE}.
	 */
	ABSURD_VALUES,

	/**
	 * The manufacturer's and every product's name carry a {@code <script>} element and an
	 * {@code <img onerror>} attribute.
	 */
	HTML_NAMES,

	/**
	 * {@code manufacturerCode} and {@code takenAt} are left out, and every product lacks
	 * {@code sku} and {@code available}.
	 */
	MISSING_FIELDS,

	/**
	 * Valid JSON with filler products appended until the body is at least
	 * {@code manufacturer.faults.huge-payload-size}.
	 */
	HUGE_PAYLOAD

}
