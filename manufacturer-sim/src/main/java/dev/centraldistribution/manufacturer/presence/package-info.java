/**
 * The manufacturer tells the distributor it is there: a signed hello when it starts (and
 * again now and then), a heartbeat every interval, and bye when it stops cleanly.
 */
package dev.centraldistribution.manufacturer.presence;
