/**
 * Manufacturer adapters: the few verbs every manufacturer integration needs (read its
 * offerings into our snapshot; deliver a purchase, a cancellation and a cycle summary;
 * hand on its answers), one adapter per {@code AdapterKind}, and the only code that knows
 * a manufacturer's wire format.
 */
@ApplicationModule(allowedDependencies = { "manufacturers" })
@OwnsTables({ "shop_answered_purchase", "shop_applied_total" })
package dev.centraldistribution.distributor.adapters;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
