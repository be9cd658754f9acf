/**
 * Purchase confirmations: tells each manufacturer what it sold through the outbox,
 * applies its acknowledgements to sub-orders and orders, and refunds the lines it
 * rejected.
 */
@ApplicationModule(allowedDependencies = { "messaging", "orders", "payments" })
@OwnsTables({ "sub_order_acknowledgement" })
package dev.centraldistribution.distributor.confirmations;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
