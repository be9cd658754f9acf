/**
 * Purchase confirmations: tells each manufacturer what it sold through the outbox,
 * applies its acknowledgements to sub-orders and orders, and refunds the lines it
 * rejected.
 */
package dev.centraldistribution.distributor.confirmations;
