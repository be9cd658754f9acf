package dev.centraldistribution.distributor.adapters;

/**
 * Why a whole snapshot could not be used; the tag of the failure metric.
 */
public enum PullFailureReason {

	/** Connection refused or host unknown. */
	UNREACHABLE("unreachable"),
	/** No complete answer within the deadline. */
	TIMEOUT("timeout"),
	/** An HTTP status other than 2xx. */
	HTTP_STATUS("http-status"),
	/** The body is larger than {@code distributor.sync.max-response-size}. */
	TOO_LARGE("too-large"),
	/** Any other I/O failure of the exchange. */
	TRANSPORT("transport"),
	/** Not JSON, or not a JSON object. */
	MALFORMED("malformed-json"),
	/** A schema version this code does not read. */
	UNSUPPORTED_SCHEMA("unsupported-schema"),
	/** The snapshot names another manufacturer than the one asked. */
	WRONG_MANUFACTURER("wrong-manufacturer"),
	/** No products array. */
	INVALID_SNAPSHOT("invalid-snapshot"),
	/** More products than {@code distributor.sync.max-products}. */
	TOO_MANY_PRODUCTS("too-many-products"),
	/** Products listed, none of them valid. */
	NO_VALID_PRODUCTS("no-valid-products"),
	/** A paginated list links back to a page already read, or never ends. */
	PAGE_LOOP("page-loop"),
	/** A list's prices change currency from one product or page to the next. */
	CURRENCY_CHANGED("currency-changed"),
	/** Our side failed, for example the database. */
	INTERNAL("internal-error");

	private final String tag;

	PullFailureReason(String tag) {
		this.tag = tag;
	}

	public String tag() {
		return this.tag;
	}

}
