/**
 * Keeps the catalog in step with the manufacturers: reads every manufacturer's offerings
 * through its adapter (which rejects what is malformed or hostile), and applies the rest,
 * on one instance at a time.
 */
@ApplicationModule(allowedDependencies = { "adapters", "catalog", "manufacturers", "scheduling" })
package dev.centraldistribution.distributor.sync;

import org.springframework.modulith.ApplicationModule;
