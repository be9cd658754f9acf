/**
 * Fault injection for tests of the distributor: latency, server errors and malformed
 * offerings, all switched off unless configured.
 */
package dev.centraldistribution.manufacturer.faults;
