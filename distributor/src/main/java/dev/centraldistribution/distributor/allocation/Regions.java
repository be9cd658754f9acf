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
 * manufacturers, about 20 ms. Instead each manufacturer is placed on the unit sphere (no
 * seam at the antimeridian or the poles, where latitude and longitude have one) and into
 * a grid of cubes a little smaller than the radius's chord over the square root of 3: two
 * manufacturers in one cube are within the radius, so a cube is one region at once, and a
 * manufacturer within the radius of another is at most two cubes away on each axis. Two
 * neighbouring cubes already in one region are not looked into; otherwise their
 * manufacturers are compared until one pair links them. The squared chord, a few
 * multiplications, settles every pair but those within a hair of the radius, which the
 * great-circle distance decides as it always did: the regions are the same as comparing
 * every pair ({@code RegionsMatchEveryPairComparedTests}).
 */
final class Regions {

	private static final double EARTH_RADIUS_KM = 6_371.0;

	/**
	 * Squared chords within this relative margin of the threshold are left to the
	 * great-circle distance, so that rounding never decides a pair differently.
	 */
	private static final double MARGIN = 1e-7;

	/**
	 * Cubes are a little smaller than the chord over the square root of 3, so that any
	 * two manufacturers in one cube are within the radius by a clear margin: one region
	 * at once.
	 */
	private static final double SHRINK = 1e-6;

	/**
	 * Two manufacturers within the radius are at most a chord apart on each axis: 2 cubes
	 * of side chord / sqrt(3).
	 */
	private static final int REACH = 2;

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
		double side = chord / Math.sqrt(3) * (1 - SHRINK);
		double[] x = new double[n];
		double[] y = new double[n];
		double[] z = new double[n];
		long[] keys = new long[n];
		for (int i = 0; i < n; i++) {
			double lat = Math.toRadians(locations[i].latitude());
			double lon = Math.toRadians(locations[i].longitude());
			x[i] = Math.cos(lat) * Math.cos(lon);
			y[i] = Math.cos(lat) * Math.sin(lon);
			z[i] = Math.sin(lat);
			keys[i] = cube(cell(x[i], side), cell(y[i], side), cell(z[i], side));
		}
		Cubes cubes = Cubes.of(keys);
		for (int c = 0; c < cubes.count(); c++) {
			for (int k = cubes.start[c] + 1; k < cubes.start[c + 1]; k++) {
				union(parent, cubes.members[cubes.start[c]], cubes.members[k]);
			}
		}
		for (int c = 0; c < cubes.count(); c++) {
			int first = cubes.members[cubes.start[c]];
			int cx = cell(x[first], side);
			int cy = cell(y[first], side);
			int cz = cell(z[first], side);
			for (int dx = -REACH; dx <= REACH; dx++) {
				for (int dy = -REACH; dy <= REACH; dy++) {
					for (int dz = -REACH; dz <= REACH; dz++) {
						int other = cubes.index(cube(cx + dx, cy + dy, cz + dz));
						if (other <= c || root(parent, first) == root(parent, cubes.members[cubes.start[other]])) {
							continue;
						}
						linkAnyPair(cubes, c, other, x, y, z, threshold, locations, radiusKm, parent);
					}
				}
			}
		}
		return parent;
	}

	/**
	 * Links two cubes if any pair of their manufacturers is within the radius: each
	 * cube's manufacturers are one region already, so one pair is enough.
	 */
	private static void linkAnyPair(Cubes cubes, int a, int b, double[] x, double[] y, double[] z, double threshold,
			GeoLocation[] locations, double radiusKm, int[] parent) {
		for (int p = cubes.start[a]; p < cubes.start[a + 1]; p++) {
			int i = cubes.members[p];
			for (int q = cubes.start[b]; q < cubes.start[b + 1]; q++) {
				int j = cubes.members[q];
				double ex = x[i] - x[j];
				double ey = y[i] - y[j];
				double ez = z[i] - z[j];
				double squared = ex * ex + ey * ey + ez * ez;
				if (squared > threshold * (1 + MARGIN)) {
					continue;
				}
				if (squared < threshold * (1 - MARGIN)
						|| Distances.kilometres(locations[i], locations[j]) <= radiusKm) {
					union(parent, i, j);
					return;
				}
			}
		}
	}

	/**
	 * The occupied cubes, in the order of their keys: cube {@code c}'s manufacturers are
	 * {@code members[start[c]]} to {@code members[start[c + 1] - 1]}.
	 */
	private record Cubes(long[] keys, int[] start, int[] members) {

		static Cubes of(long[] keyOfEach) {
			int n = keyOfEach.length;
			Integer[] order = new Integer[n];
			Arrays.setAll(order, (i) -> i);
			Arrays.sort(order, Comparator.comparingLong((Integer i) -> keyOfEach[i]));
			int[] members = new int[n];
			long[] keys = new long[n];
			int[] start = new int[n + 1];
			int count = 0;
			for (int k = 0; k < n; k++) {
				members[k] = order[k];
				if (count == 0 || keys[count - 1] != keyOfEach[members[k]]) {
					keys[count] = keyOfEach[members[k]];
					start[count++] = k;
				}
			}
			start[count] = n;
			return new Cubes(Arrays.copyOf(keys, count), Arrays.copyOf(start, count + 1), members);
		}

		int count() {
			return this.keys.length;
		}

		/** The cube's index, or -1 when no manufacturer is in it. */
		int index(long key) {
			int index = Arrays.binarySearch(this.keys, key);
			return (index >= 0) ? index : -1;
		}

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

	private static void union(int[] parent, int i, int j) {
		parent[root(parent, i)] = root(parent, j);
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
