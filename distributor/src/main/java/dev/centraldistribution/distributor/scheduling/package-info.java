/**
 * Jobs that run on one instance at a time across the cluster, with a fixed delay between
 * runs, under a ShedLock lock on the shared database.
 */
@ApplicationModule(allowedDependencies = {})
@OwnsTables({ "shedlock" })
package dev.centraldistribution.distributor.scheduling;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
