/**
 * Messaging infrastructure: the transactional outbox and its relay to the broker, the
 * declared topology, and the embedded AMQP broker used by the one-command run.
 */
package dev.centraldistribution.distributor.messaging;
