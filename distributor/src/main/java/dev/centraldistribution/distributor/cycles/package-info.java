/**
 * Sales cycles: opens each business period with a full pull, closes it when its time is
 * up or everything is sold out, and sends every manufacturer a summary of its sales.
 */
@ApplicationModule(allowedDependencies = { "catalog", "manufacturers", "messaging", "orders", "scheduling", "sync" })
@OwnsTables({ "sales_cycle" })
package dev.centraldistribution.distributor.cycles;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
