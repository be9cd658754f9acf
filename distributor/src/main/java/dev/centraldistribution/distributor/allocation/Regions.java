package dev.centraldistribution.distributor.allocation;

import java.util.ArrayList;
import java.util.Arrays;
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
 * the one whose nearest member is closest to the delivery point; at equal distances, the
 * one whose first manufacturer comes first among the candidates.
 * <p>
 * Comparing every pair is quadratic: 500,000 great-circle distances for 1,000
 * manufacturers, about 20 ms. Instead each manufacturer is placed on the unit sphere and
 * into a cube of a grid whose side is the radius's chord, so that a manufacturer within
 * the radius is always in one of the 27 cubes around it (no seam at the antimeridian or
 * the poles, where latitude and longitude have one). Within those, the squared chord, a
 * few multiplications, settles every pair but those within a hair of the radius, which
 * the great-circle distance decides as it always did: the regions are the same as
 * comparing every pair ({@code RegionsMatchEveryPairComparedTests}).
 */
final class Regions {

	private static final double EARTH_RADIUS_KM = 6_371.0;

	/**
	 * Squared chords within this relative margin of the threshold are left to the
	 * great-circle distance, so that rounding never decides a pair differently.
	 */
	private static final double MARGIN = 1e-7;

	private Regions() {
	}

	/**
	 * @param candidates the offerings that can supply
	 * @param deliverTo the delivery point
	 * @param radiusKm the linking distance
	 * @return each candidate's manufacturer code with its region number
	 */
	static Map<String, Integer> number(List<Candidate> candidates, GeoLocation deliverTo, double radiusKm) {
		Map<String, GeoLocation> byCode = new LinkedHashMap<>();
		candidates.forEach((candidate) -> byCode.putIfAbsent(candidate.manufacturerCode(), candidate.location()));
		List<String> codes = new ArrayList<>(byCode.keySet());
		GeoLocation[] locations = byCode.values().toArray(GeoLocation[]::new);
		int[] parent = link(locations, radiusKm);
		return numbered(codes, locations, parent, deliverTo);
	}

	/** Union-find of the manufacturers within the radius of each other. */
	private static int[] link(GeoLocation[] locations, double radiusKm) {
		int n = locations.length;
		int[] parent = new int[n];
		Arrays.setAll(parent, (i) -> i);
		double angle = Math.min(radiusKm / EARTH_RADIUS_KM, Math.PI);
		double chord = 2 * Math.sin(angle / 2);
		double threshold = chord * chord;
		double[] x = new double[n];
		double[] y = new double[n];
		double[] z = new double[n];
		Map<Long, List<Integer>> cubes = new HashMap<>();
		for (int i = 0; i < n; i++) {
			double lat = Math.toRadians(locations[i].latitude());
			double lon = Math.toRadians(locations[i].longitude());
			x[i] = Math.cos(lat) * Math.cos(lon);
			y[i] = Math.cos(lat) * Math.sin(lon);
			z[i] = Math.sin(lat);
			cubes
				.computeIfAbsent(cube(cell(x[i], chord), cell(y[i], chord), cell(z[i], chord)),
						(key) -> new ArrayList<>())
				.add(i);
		}
		for (int i = 0; i < n; i++) {
			int cx = cell(x[i], chord);
			int cy = cell(y[i], chord);
			int cz = cell(z[i], chord);
			for (int dx = -1; dx <= 1; dx++) {
				for (int dy = -1; dy <= 1; dy++) {
					for (int dz = -1; dz <= 1; dz++) {
						List<Integer> neighbours = cubes.get(cube(cx + dx, cy + dy, cz + dz));
						if (neighbours == null) {
							continue;
						}
						for (int j : neighbours) {
							if (j <= i || root(parent, i) == root(parent, j)) {
								continue;
							}
							double ex = x[i] - x[j];
							double ey = y[i] - y[j];
							double ez = z[i] - z[j];
							double squared = ex * ex + ey * ey + ez * ez;
							if (squared > threshold * (1 + MARGIN)) {
								continue;
							}
							if (squared < threshold * (1 - MARGIN)
									|| Distances.kilometres(locations[i], locations[j]) <= radiusKm) {
								parent[root(parent, i)] = root(parent, j);
							}
						}
					}
				}
			}
		}
		return parent;
	}

	private static Map<String, Integer> numbered(List<String> codes, GeoLocation[] locations, int[] parent,
			GeoLocation deliverTo) {
		Map<Integer, Double> nearestOfCluster = new HashMap<>();
		Map<Integer, Integer> firstOfCluster = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			int root = root(parent, i);
			nearestOfCluster.merge(root, Distances.kilometres(locations[i], deliverTo), Math::min);
			firstOfCluster.putIfAbsent(root, i);
		}
		List<Integer> clusters = new ArrayList<>(nearestOfCluster.keySet());
		clusters.sort(Comparator.comparingDouble((Integer cluster) -> nearestOfCluster.get(cluster))
			.thenComparingInt(firstOfCluster::get));
		Map<Integer, Integer> numberOfCluster = new HashMap<>();
		for (int i = 0; i < clusters.size(); i++) {
			numberOfCluster.put(clusters.get(i), i + 1);
		}
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			numbers.put(codes.get(i), numberOfCluster.get(root(parent, i)));
		}
		return numbers;
	}

	private static int cell(double coordinate, double side) {
		return (int) Math.floor(coordinate / side);
	}

	/**
	 * One key for a cube: coordinates lie within [-1, 1], so a cell index within ±2^20.
	 */
	private static long cube(int cx, int cy, int cz) {
		return ((long) (cx & 0x1FFFFF) << 42) | ((long) (cy & 0x1FFFFF) << 21) | (cz & 0x1FFFFF);
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
