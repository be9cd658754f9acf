/**
 * Purchase confirmations: tells each manufacturer what it sold through the outbox,
 * reminds it when its answer is overdue, applies its answers (as its adapter hands them
 * on) to sub-orders and orders through the orders' API, and refunds the lines it
 * rejected.
 */
@ApplicationModule(allowedDependencies = { "adapters", "messaging", "orders", "payments", "scheduling" })
@OwnsTables({ "sub_order_acknowledgement", "purchase_reminder" })
package dev.centraldistribution.distributor.confirmations;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
