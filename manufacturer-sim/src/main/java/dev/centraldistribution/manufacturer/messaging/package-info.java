/**
 * The manufacturer's side of the broker: its queues, the consumer of the distributor's
 * messages with manual acknowledgements, acknowledgements back, and dead-lettering.
 */
package dev.centraldistribution.manufacturer.messaging;
