package dev.centraldistribution.distributor.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid {@link Regions} uses finds the same regions, numbered the same, as the plain
 * single-linkage that compares every pair of manufacturers by great-circle distance: on
 * random networks of many seeds, spread over the world, packed into one country, astride
 * the antimeridian, around the poles, and with pairs a hair inside and outside the
 * radius.
 */
class RegionsMatchEveryPairComparedTests {

	static final double EARTH_RADIUS_KM = 6_371.0;

	@Test
	void worldwideNetworks() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			assertSameRegions(seed, network(random, 1 + random.nextInt(150),
					() -> new GeoLocation(latitude(random), -180 + 360 * random.nextDouble())), random);
		}
	}

	@Test
	void networksPackedIntoOneCountry() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			assertSameRegions(seed,
					network(random, 1 + random.nextInt(200),
							() -> new GeoLocation(42 + 9 * random.nextDouble(), -5 + 13 * random.nextDouble())),
					random);
		}
	}

	@Test
	void networksAstrideTheAntimeridian() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			assertSameRegions(seed, network(random, 1 + random.nextInt(150),
					() -> new GeoLocation(-70 + 140 * random.nextDouble(), wrapped(180 + random.nextGaussian() * 3))),
					random);
		}
	}

	@Test
	void networksAroundThePoles() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			double pole = random.nextBoolean() ? 90 : -90;
			assertSameRegions(seed,
					network(random, 1 + random.nextInt(150),
							() -> new GeoLocation(pole - Math.signum(pole) * 15 * Math.pow(random.nextDouble(), 2),
									-180 + 360 * random.nextDouble())),
					random);
		}
	}

	@Test
	void pairsAHairInsideAndOutsideTheRadius() {
		for (long seed = 1; seed <= 300; seed++) {
			Random random = new Random(seed);
			double radius = radius(random);
			List<GeoLocation> points = new ArrayList<>();
			for (int i = 0; i < 1 + random.nextInt(40); i++) {
				GeoLocation from = (points.isEmpty() || random.nextInt(3) == 0)
						? new GeoLocation(latitude(random), -180 + 360 * random.nextDouble())
						: points.get(random.nextInt(points.size()));
				points.add(from);
				double hair = 1 + (random.nextInt(3) - 1) * Math.pow(10, -6 - random.nextInt(10));
				points.add(destination(from, 360 * random.nextDouble(), radius * hair));
			}
			assertSameRegions(seed, candidates(points), radius, random);
		}
	}

	@Test
	void aThousandManufacturers() {
		for (long seed = 1; seed <= 10; seed++) {
			Random random = new Random(seed);
			List<GeoLocation> points = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				points.add(new GeoLocation(35 + 30 * random.nextDouble(), -10 + 40 * random.nextDouble()));
			}
			assertSameRegions(seed, candidates(points), 100 + 600 * random.nextDouble(), random);
		}
	}

	private void assertSameRegions(long seed, List<Candidate> network, Random random) {
		assertSameRegions(seed, network, radius(random), random);
	}

	private void assertSameRegions(long seed, List<Candidate> network, double radiusKm, Random random) {
		GeoLocation deliverTo = new GeoLocation(latitude(random), -180 + 360 * random.nextDouble());
		assertThat(Regions.number(network, deliverTo, radiusKm))
			.as("seed %d, %d manufacturers, radius %.3f km", seed, network.size(), radiusKm)
			.isEqualTo(everyPairCompared(network, deliverTo, radiusKm));
	}

	/** The plain single-linkage: every pair compared by great-circle distance. */
	static Map<String, Integer> everyPairCompared(List<Candidate> candidates, GeoLocation deliverTo, double radiusKm) {
		List<String> codes = new ArrayList<>();
		List<GeoLocation> locations = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (!codes.contains(candidate.manufacturerCode())) {
				codes.add(candidate.manufacturerCode());
				locations.add(candidate.location());
			}
		}
		int[] region = new int[codes.size()];
		for (int i = 0; i < region.length; i++) {
			region[i] = i;
		}
		for (int i = 0; i < codes.size(); i++) {
			for (int j = i + 1; j < codes.size(); j++) {
				if (region[i] != region[j] && Distances.kilometres(locations.get(i), locations.get(j)) <= radiusKm) {
					int absorbed = region[j];
					for (int k = 0; k < region.length; k++) {
						if (region[k] == absorbed) {
							region[k] = region[i];
						}
					}
				}
			}
		}
		Map<Integer, Double> nearest = new HashMap<>();
		Map<Integer, Integer> first = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			nearest.merge(region[i], Distances.kilometres(locations.get(i), deliverTo), Math::min);
			first.putIfAbsent(region[i], i);
		}
		List<Integer> order = new ArrayList<>(nearest.keySet());
		order.sort(Comparator.comparingDouble((Integer r) -> nearest.get(r)).thenComparingInt(first::get));
		Map<String, Integer> numbers = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			numbers.put(codes.get(i), order.indexOf(region[i]) + 1);
		}
		return numbers;
	}

	private static List<Candidate> network(Random random, int size, java.util.function.Supplier<GeoLocation> where) {
		List<GeoLocation> points = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			points.add((!points.isEmpty() && random.nextInt(20) == 0) ? points.get(random.nextInt(points.size()))
					: where.get());
		}
		return candidates(points);
	}

	/**
	 * One offering per point; now and then a second offering of the same manufacturer.
	 */
	private static List<Candidate> candidates(List<GeoLocation> points) {
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			candidates.add(candidate(i, "m" + i, points.get(i)));
			if (i % 17 == 3) {
				candidates.add(candidate(i + 100_000, "m" + i, points.get((i + 1) % points.size())));
			}
		}
		return candidates;
	}

	private static Candidate candidate(long offering, String code, GeoLocation location) {
		return new Candidate(new OfferingId(offering + 1), code, code, location, 100, "EUR", 1, true, 0, Duration.ZERO);
	}

	/**
	 * From 1 km to more than half the world; mostly the few hundred km of a real setting.
	 */
	private static double radius(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> 1 + 50 * random.nextDouble();
			case 1, 2 -> 100 + 1_000 * random.nextDouble();
			default -> 1_000 + 20_000 * random.nextDouble();
		};
	}

	private static double latitude(Random random) {
		return Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
	}

	private static double wrapped(double longitude) {
		return ((longitude + 540) % 360) - 180;
	}

	/** The point a distance away from another along a bearing, on the same sphere. */
	private static GeoLocation destination(GeoLocation from, double bearingDegrees, double km) {
		double angle = km / EARTH_RADIUS_KM;
		double lat1 = Math.toRadians(from.latitude());
		double lon1 = Math.toRadians(from.longitude());
		double bearing = Math.toRadians(bearingDegrees);
		double lat2 = Math
			.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
		double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
				Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
		return new GeoLocation(Math.toDegrees(lat2), wrapped(Math.toDegrees(lon2)));
	}

}
