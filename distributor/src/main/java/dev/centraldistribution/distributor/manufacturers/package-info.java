/**
 * The manufacturers the distributor buys from: who they are, where they are, and how
 * healthy their last pulls were.
 */
@ApplicationModule(allowedDependencies = {})
@OwnsTables({ "manufacturer" })
package dev.centraldistribution.distributor.manufacturers;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
