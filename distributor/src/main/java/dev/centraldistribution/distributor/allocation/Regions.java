package dev.centraldistribution.distributor.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.contracts.GeoLocation;

/**
 * Manufacturers grouped by location: two manufacturers closer than the radius are in one
 * region, and so, transitively, are their neighbours (single-linkage clusters, computed
 * for each proposal from the manufacturers that can supply). Regions are numbered from 1,
 * the one whose nearest member is closest to the delivery point.
 */
final class Regions {

	private Regions() {
	}

	/**
	 * @param candidates the offerings that can supply
	 * @param deliverTo the delivery point
	 * @param radiusKm the linking distance
	 * @return each candidate's manufacturer code with its region number
	 */
	static Map<String, Integer> number(List<Candidate> candidates, GeoLocation deliverTo, double radiusKm) {
		Map<String, GeoLocation> locations = new LinkedHashMap<>();
		candidates.forEach((candidate) -> locations.putIfAbsent(candidate.manufacturerCode(), candidate.location()));
		List<String> codes = new ArrayList<>(locations.keySet());
		int[] parent = new int[codes.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < codes.size(); i++) {
			for (int j = i + 1; j < codes.size(); j++) {
				if (Distances.kilometres(locations.get(codes.get(i)), locations.get(codes.get(j))) <= radiusKm) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		Map<Integer, Double> nearestOfCluster = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			double distance = Distances.kilometres(locations.get(codes.get(i)), deliverTo);
			nearestOfCluster.merge(root(parent, i), distance, Math::min);
		}
		List<Integer> clusters = new ArrayList<>(nearestOfCluster.keySet());
		clusters.sort(Comparator.comparingDouble((Integer cluster) -> nearestOfCluster.get(cluster))
			.thenComparingInt((Integer cluster) -> cluster));
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			numbers.put(codes.get(i), clusters.indexOf(root(parent, i)) + 1);
		}
		return numbers;
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
