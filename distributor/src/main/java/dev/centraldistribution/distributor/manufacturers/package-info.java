/**
 * The manufacturers the distributor buys from: who they are (configured, or announced by
 * themselves over the broker), where they are, and whether they are alive, as one failure
 * detector judges them from their heartbeats and their pulls.
 */
@ApplicationModule(allowedDependencies = { "scheduling" })
@OwnsTables({ "manufacturer", "manufacturer_category" })
package dev.centraldistribution.distributor.manufacturers;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
