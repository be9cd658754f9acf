package dev.centraldistribution.distributor.allocation;

/**
 * A candidate with what the fill needs to rank it.
 *
 * @param candidate the offering
 * @param distanceKm from its manufacturer to the delivery point
 * @param region its region, 1 for the nearest
 */
record Ranked(Candidate candidate, double distanceKm, int region) {

}
