/**
 * The manufacturers the distributor buys from: who they are, where they are, and how
 * healthy their last pulls were.
 */
package dev.centraldistribution.distributor.manufacturers;
