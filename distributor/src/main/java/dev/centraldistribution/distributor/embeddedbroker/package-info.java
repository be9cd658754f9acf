/**
 * The AMQP 0-9-1 broker that runs inside the distributor on the embedded defaults (Apache
 * Qpid Broker-J), in place of RabbitMQ; no feature depends on it.
 */
package dev.centraldistribution.distributor.embeddedbroker;
