package dev.centraldistribution.distributor.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strategies on hand-made networks: manufacturers in Lyon, Milan, Hamburg and Madrid,
 * a customer in Paris or Turin.
 */
class AllocationStrategiesTests {

	static final GeoLocation PARIS = new GeoLocation(48.8566, 2.3522);

	static final GeoLocation TURIN = new GeoLocation(45.0703, 7.6869);

	static final GeoLocation LYON = new GeoLocation(45.7640, 4.8357);

	static final GeoLocation MILAN = new GeoLocation(45.4642, 9.1900);

	static final GeoLocation HAMBURG = new GeoLocation(53.5511, 9.9937);

	static final GeoLocation MADRID = new GeoLocation(40.4168, -3.7038);

	static final int RADIUS_KM = 600;

	final List<Candidate> network = new ArrayList<>();

	long nextOffering = 1;

	@Test
	void nearestFirstTakesTheClosestAndSplitsWhatOneCannotSupply() {
		offer("lyon", LYON, 1_000, 30);
		offer("hamburg", HAMBURG, 900, 100);
		offer("milan", MILAN, 800, 100);

		Allocation allocation = nearest().allocate(request(PARIS, 50));

		assertThat(codes(allocation)).containsExactly("lyon", "milan");
		assertThat(quantities(allocation)).containsExactly(30L, 20L);
		assertThat(allocation.complete()).isTrue();
		assertThat(allocation.totalCents()).isEqualTo(30 * 1_000 + 20 * 800);
		assertThat(allocation.lines().get(0).distanceKm()).isBetween(390.0, 395.0);
	}

	@Test
	void anExactFitTakesOneManufacturer() {
		offer("lyon", LYON, 1_000, 30);
		offer("milan", MILAN, 800, 100);

		Allocation allocation = nearest().allocate(request(PARIS, 30));

		assertThat(codes(allocation)).containsExactly("lyon");
		assertThat(allocation.regionsUsed()).isOne();
	}

	@Test
	void cheapestFirstTakesTheLowestPriceThenTheNearest() {
		offer("lyon", LYON, 1_000, 100);
		offer("milan", MILAN, 800, 10);
		offer("milan-two", MILAN, 800, 10);

		Allocation allocation = cheapest().allocate(request(TURIN, 25));

		assertThat(codes(allocation)).as("both at 8.00 first, the one with more units breaks nothing here")
			.containsExactlyInAnyOrder("milan", "milan-two", "lyon");
		assertThat(codes(allocation).get(2)).isEqualTo("lyon");
		assertThat(quantities(allocation)).containsExactly(10L, 10L, 5L);
	}

	@Test
	void equalRanksGoToTheManufacturerWithMoreUnitsSoThatFewerAreUsed() {
		offer("milan-small", MILAN, 800, 10);
		offer("milan-large", MILAN, 800, 40);

		Allocation allocation = cheapest().allocate(request(TURIN, 30));

		assertThat(codes(allocation)).containsExactly("milan-large");
	}

	@Test
	void notEnoughAnywhereAllocatesWhatThereIsAndSaysSo() {
		offer("lyon", LYON, 1_000, 5);
		offer("milan", MILAN, 800, 7);

		Allocation allocation = balanced().allocate(request(PARIS, 50));

		assertThat(allocation.complete()).isFalse();
		assertThat(allocation.allocated()).isEqualTo(12);
		assertThat(allocation.requested()).isEqualTo(50);
	}

	@Test
	void aManufacturerThatIsNotAliveIsSkipped() {
		offer("lyon", LYON, 1_000, 100, false, 0);
		offer("milan", MILAN, 800, 100);

		assertThat(codes(nearest().allocate(request(PARIS, 10)))).containsExactly("milan");
	}

	@Test
	void aFarRegionSuppliesOnlyWhatTheNearestRegionCannot() {
		offer("lyon", LYON, 1_000, 10);
		offer("milan", MILAN, 1_000, 10);
		offer("hamburg", HAMBURG, 100, 1_000);

		Allocation allocation = cheapest().allocate(request(TURIN, 30));

		assertThat(codes(allocation)).as("Lyon and Milan are one region, Hamburg another, however cheap")
			.containsExactly("milan", "lyon", "hamburg");
		assertThat(allocation.lines()).extracting(AllocatedLine::region).containsExactly(1, 1, 2);
		assertThat(allocation.reachedBeyondNearestRegion()).isTrue();
		assertThat(allocation.regionsUsed()).isEqualTo(2);
	}

	@Test
	void balancedWeighsALoadedManufacturerDown() {
		offer("lyon", LYON, 1_000, 100, true, 50);
		offer("milan", MILAN, 1_000, 100, true, 0);

		assertThat(codes(balanced().allocate(request(PARIS, 10)))).as("Lyon is nearer but has 50 unanswered orders")
			.containsExactly("milan");
		assertThat(codes(nearest().allocate(request(PARIS, 10)))).containsExactly("lyon");
	}

	@Test
	void balancedWeighsASlowManufacturerDown() {
		offer("lyon", LYON, 1_000, 100, 0, Duration.ofSeconds(20));
		offer("milan", MILAN, 1_000, 100, 0, Duration.ofSeconds(1));

		assertThat(codes(balanced().allocate(request(PARIS, 10))))
			.as("Lyon is nearer but takes 20 s to acknowledge, Milan 1 s")
			.containsExactly("milan");
		assertThat(codes(nearest().allocate(request(PARIS, 10)))).containsExactly("lyon");
	}

	@Test
	void balancedHoldsNothingAgainstAManufacturerThatHasNotAnsweredLately() {
		offer("lyon", LYON, 1_000, 100, 0, Duration.ZERO);
		offer("milan", MILAN, 1_000, 100, 0, Duration.ofSeconds(2));

		assertThat(codes(balanced().allocate(request(PARIS, 10)))).containsExactly("lyon");
	}

	@Test
	void balancedTradesPriceAgainstLatencyTermForTerm() {
		offer("cheap-slow", LYON, 500, 100, 0, Duration.ofSeconds(8));
		offer("dear-quick", LYON, 1_000, 100, 0, Duration.ofSeconds(1));

		assertThat(codes(balanced().allocate(request(PARIS, 10))))
			.as("half the price, eight times the latency: 0.5 + 1 against 1 + 0.125")
			.containsExactly("dear-quick");
	}

	@Test
	void equalBalancedScoresGoToFewerManufacturers() {
		offer("milan-dear-quick", MILAN, 800, 10, 0, Duration.ofSeconds(4));
		offer("milan-cheap-slow", MILAN, 400, 40, 0, Duration.ofSeconds(8));
		offer("milan-dear-quick-large", MILAN, 800, 40, 0, Duration.ofSeconds(4));

		Allocation allocation = balanced().allocate(request(TURIN, 30));

		assertThat(codes(allocation)).as("all three score 1 + 1 + 0.5 (or 0.5 + 1): the first with 40 units alone")
			.containsExactly("milan-cheap-slow");
		this.network.removeIf((candidate) -> candidate.manufacturerCode().equals("milan-cheap-slow"));
		assertThat(codes(balanced().allocate(request(TURIN, 30)))).containsExactly("milan-dear-quick-large");
	}

	@Test
	void noPerManufacturerShareExceedsTheLimit() {
		offer("lyon", LYON, 1_000, 1_000);
		offer("milan", MILAN, 1_000, 1_000);

		Allocation allocation = new NearestFirst(RADIUS_KM, 100).allocate(request(PARIS, 150));

		assertThat(quantities(allocation)).containsExactly(100L, 50L);
	}

	@Test
	void theSameNetworkAlwaysGetsTheSameAnswer() {
		offer("b", MILAN, 800, 10);
		offer("a", MILAN, 800, 10);

		assertThat(codes(cheapest().allocate(request(TURIN, 5)))).containsExactly("a");
	}

	@Test
	void regionsAreNumberedFromTheNearest() {
		offer("madrid", MADRID, 1, 1);
		offer("hamburg", HAMBURG, 1, 1);
		offer("lyon", LYON, 1, 1);

		assertThat(Regions.number(this.network, PARIS, RADIUS_KM)).containsEntry("lyon", 1)
			.containsEntry("hamburg", 2)
			.containsEntry("madrid", 3);
	}

	private AllocationStrategy nearest() {
		return new NearestFirst(RADIUS_KM, 10_000);
	}

	private AllocationStrategy cheapest() {
		return new CheapestFirst(RADIUS_KM, 10_000);
	}

	private AllocationStrategy balanced() {
		return new Balanced(RADIUS_KM, 10_000);
	}

	private void offer(String code, GeoLocation location, long priceCents, long available) {
		offer(code, location, priceCents, available, true, 0);
	}

	private void offer(String code, GeoLocation location, long priceCents, long available, boolean alive, long load) {
		offer(code, location, priceCents, available, load, Duration.ZERO, alive);
	}

	private void offer(String code, GeoLocation location, long priceCents, long available, long load,
			Duration latency) {
		offer(code, location, priceCents, available, load, latency, true);
	}

	private void offer(String code, GeoLocation location, long priceCents, long available, long load, Duration latency,
			boolean alive) {
		this.network.add(new Candidate(new OfferingId(this.nextOffering++), code, code, location, priceCents, "EUR",
				available, alive, load, latency));
	}

	private AllocationRequest request(GeoLocation deliverTo, long quantity) {
		return new AllocationRequest("SKU", quantity, deliverTo, this.network);
	}

	private static List<String> codes(Allocation allocation) {
		return allocation.lines().stream().map((line) -> line.candidate().manufacturerCode()).toList();
	}

	private static List<Long> quantities(Allocation allocation) {
		return allocation.lines().stream().map(AllocatedLine::quantity).toList();
	}

}
