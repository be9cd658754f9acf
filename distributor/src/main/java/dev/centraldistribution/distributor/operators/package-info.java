/**
 * The operator account: the one person (or team) who may use the console and read the
 * metrics, made from configuration at start-up, apart from customer accounts.
 */
@ApplicationModule(allowedDependencies = { "customers" })
@OwnsTables({ "operator" })
package dev.centraldistribution.distributor.operators;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
