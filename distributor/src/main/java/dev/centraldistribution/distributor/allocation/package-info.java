/**
 * Allocation: which manufacturers a quantity of one product is bought from, by distance,
 * price, load, acknowledgement latency and health, proposed to the customer before
 * anything is bought.
 */
@ApplicationModule(allowedDependencies = { "catalog", "confirmations", "manufacturers", "orders" })
package dev.centraldistribution.distributor.allocation;

import org.springframework.modulith.ApplicationModule;
