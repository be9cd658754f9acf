/**
 * The wire contract between the distributor and the manufacturers: snapshot, messages and
 * messaging names, versioned, with no framework dependency.
 */
package dev.centraldistribution.contracts;
