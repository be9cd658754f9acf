/**
 * Keeps the catalog in step with the manufacturers: pulls every manufacturer's snapshot,
 * rejects what is malformed or hostile, and applies the rest, on one instance at a time.
 */
package dev.centraldistribution.distributor.sync;
