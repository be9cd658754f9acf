/**
 * Jobs that run on one instance at a time across the cluster, with a fixed delay between
 * runs, under a ShedLock lock on the shared database.
 */
package dev.centraldistribution.distributor.scheduling;
