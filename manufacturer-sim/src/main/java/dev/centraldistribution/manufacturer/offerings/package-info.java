/**
 * The offerings snapshot the distributor pulls: every product with its price, what can be
 * supplied now and what was applied from the distributor's confirmations.
 */
package dev.centraldistribution.manufacturer.offerings;
