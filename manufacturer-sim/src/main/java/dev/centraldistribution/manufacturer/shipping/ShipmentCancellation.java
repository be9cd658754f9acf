package dev.centraldistribution.manufacturer.shipping;

/**
 * What cancelling a sub-order's shipment found.
 */
public enum ShipmentCancellation {

	/** Its purchase has not arrived: it will be rejected when it does. */
	BEFORE_PURCHASE,

	/** Cancelled now, before it shipped: the units its purchase took go back to stock. */
	CANCELLED,

	/** Cancelled before, or nothing was accepted to ship: nothing to give back. */
	NOTHING_TO_SHIP,

	/** It has shipped: too late. */
	ALREADY_SHIPPED

}
