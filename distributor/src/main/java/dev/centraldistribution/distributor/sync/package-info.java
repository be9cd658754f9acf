/**
 * Keeps the catalog in step with the manufacturers: pulls every manufacturer's snapshot,
 * rejects what is malformed or hostile, and applies the rest, on one instance at a time.
 */
@ApplicationModule(allowedDependencies = { "catalog", "manufacturers", "scheduling" })
package dev.centraldistribution.distributor.sync;

import org.springframework.modulith.ApplicationModule;
