/**
 * Messaging infrastructure: the embedded AMQP broker used by the one-command run.
 */
package dev.centraldistribution.distributor.messaging;
