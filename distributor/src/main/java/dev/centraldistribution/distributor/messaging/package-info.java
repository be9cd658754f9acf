/**
 * Messaging infrastructure: the transactional outbox, its relay through each
 * manufacturer's adapter, and the broker topology it declares.
 */
@ApplicationModule(allowedDependencies = { "adapters", "manufacturers" })
@OwnsTables({ "outbox_message" })
package dev.centraldistribution.distributor.messaging;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
