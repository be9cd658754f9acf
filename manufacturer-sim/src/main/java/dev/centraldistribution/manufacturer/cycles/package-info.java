/**
 * End-of-cycle summaries from the distributor: what was sold of each product in a closed
 * sales cycle, recorded once per message.
 */
package dev.centraldistribution.manufacturer.cycles;
