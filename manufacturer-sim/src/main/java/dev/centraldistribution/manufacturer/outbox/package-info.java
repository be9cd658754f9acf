/**
 * The manufacturer's outbox: messages to the distributor written in the transaction that
 * causes them, kept until the relay (package messaging) has them confirmed by the broker.
 */
package dev.centraldistribution.manufacturer.outbox;
