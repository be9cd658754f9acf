/**
 * The AMQP 0-9-1 broker that runs inside the distributor on the embedded defaults (Apache
 * Qpid Broker-J), in place of RabbitMQ; no feature depends on it.
 */
@ApplicationModule(allowedDependencies = {})
package dev.centraldistribution.distributor.embeddedbroker;

import org.springframework.modulith.ApplicationModule;
