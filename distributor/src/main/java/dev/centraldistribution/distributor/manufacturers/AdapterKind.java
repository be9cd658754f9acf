package dev.centraldistribution.distributor.manufacturers;

import java.util.Arrays;
import java.util.Optional;

import dev.centraldistribution.contracts.ManufacturerHello;

/**
 * How the distributor talks to a manufacturer: the API it exposes.
 */
public enum AdapterKind {

	/** This repository's contract: snapshot over REST, purchases over AMQP. */
	NATIVE(ManufacturerHello.NATIVE_ADAPTER),

	/**
	 * A shop's own REST API: paginated products and stock, orders by {@code POST} with an
	 * {@code Idempotency-Key}, no applied totals.
	 */
	SHOP("shop");

	private final String code;

	AdapterKind(String code) {
		this.code = code;
	}

	/**
	 * The name on the wire and in the database.
	 * @return e.g. {@code native}
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The kind with this name.
	 * @param code a name as sent, possibly anything
	 * @return the kind, or empty when there is none of that name
	 */
	public static Optional<AdapterKind> fromCode(String code) {
		return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
	}

}
