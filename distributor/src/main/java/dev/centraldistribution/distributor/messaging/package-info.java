/**
 * Messaging infrastructure: the transactional outbox, its relay to the broker, and the
 * topology it declares.
 */
@ApplicationModule(allowedDependencies = { "manufacturers" })
@OwnsTables({ "outbox_message" })
package dev.centraldistribution.distributor.messaging;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
