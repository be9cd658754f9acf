/**
 * Sales cycles: opens each business period with a full pull, closes it when its time is
 * up or everything is sold out, and sends every manufacturer a summary of its sales.
 */
package dev.centraldistribution.distributor.cycles;
