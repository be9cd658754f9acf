/**
 * Shipping: a sub-order this manufacturer accepted ships after a delay and is delivered
 * after a transit time; each step is told to the distributor through the outbox.
 */
package dev.centraldistribution.manufacturer.shipping;
