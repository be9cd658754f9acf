package dev.centraldistribution.distributor.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.confirmations.AcknowledgementBooks;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.orders.OpenSubOrders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes how to buy a quantity of one product from any manufacturers: reads every
 * offering of the product with its manufacturer's location, health, load and
 * acknowledgement latency, and lets the chosen strategy allocate. Buys nothing.
 * <p>
 * Its time for a product of 1,000 manufacturers is a figure of
 * {@code scripts/benchmark.sh} ({@code BENCH_PARTS=allocation},
 * {@code ProposalTimeBenchmark}).
 */
@Service
@EnableConfigurationProperties(AllocationProperties.class)
public class ProposeAllocation {

	/**
	 * The most acknowledgements read for the latencies: a bounded read however busy the
	 * shop, and still about 2 answers per manufacturer of a network of 1,000.
	 */
	static final int LATENCY_SAMPLE = 2_000;

	private final OfferingCatalog catalog;

	private final ManufacturerDirectory manufacturers;

	private final OpenSubOrders openSubOrders;

	private final AcknowledgementBooks acknowledgements;

	private final Duration latencyWindow;

	private final Duration latencyRefresh;

	private volatile Latencies latencies = new Latencies(Instant.MIN, Map.of());

	private final Clock clock;

	private final Map<Strategy, AllocationStrategy> strategies = new EnumMap<>(Strategy.class);

	ProposeAllocation(OfferingCatalog catalog, ManufacturerDirectory manufacturers, OpenSubOrders openSubOrders,
			AcknowledgementBooks acknowledgements, AllocationProperties properties, Clock clock) {
		this.catalog = catalog;
		this.manufacturers = manufacturers;
		this.openSubOrders = openSubOrders;
		this.acknowledgements = acknowledgements;
		this.latencyWindow = properties.latencyWindow();
		this.latencyRefresh = properties.latencyRefresh();
		this.clock = clock;
		for (AllocationStrategy strategy : List.of(
				new NearestFirst(properties.regionRadiusKm(), properties.maxPerManufacturer()),
				new CheapestFirst(properties.regionRadiusKm(), properties.maxPerManufacturer()),
				new Balanced(properties.regionRadiusKm(), properties.maxPerManufacturer()))) {
			this.strategies.put(strategy.strategy(), strategy);
		}
	}

	/**
	 * The product's name, without a proposal: for the page that asks for a quantity.
	 * @param sku the product
	 * @return its name, empty when no manufacturer offers it
	 */
	@Transactional(readOnly = true)
	public Optional<String> productName(String sku) {
		return this.catalog.productName(sku);
	}

	/**
	 * @param sku the product
	 * @param quantity units wanted, at least one
	 * @param strategy how to choose
	 * @param deliverTo where they go
	 * @return the proposal, empty when no manufacturer offers the product
	 */
	@Transactional(readOnly = true)
	public Optional<Proposal> propose(String sku, long quantity, Strategy strategy, City deliverTo) {
		List<OfferingView> offerings = this.catalog.offeringsOf(sku);
		if (offerings.isEmpty()) {
			return Optional.empty();
		}
		Map<String, GeoLocation> locations = this.manufacturers.locations();
		Map<String, Long> load = this.openSubOrders.byManufacturer();
		Map<String, Duration> latency = latencies();
		List<Candidate> candidates = offerings.stream()
			.filter((offering) -> locations.get(offering.manufacturerCode()) != null)
			.map((offering) -> new Candidate(offering.id(), offering.manufacturerCode(), offering.manufacturerName(),
					locations.get(offering.manufacturerCode()), offering.unitPriceCents(), offering.currency(),
					offering.available(), offering.onSale(), load.getOrDefault(offering.manufacturerCode(), 0L),
					latency.getOrDefault(offering.manufacturerCode(), Duration.ZERO)))
			.toList();
		Allocation allocation = this.strategies.get(strategy)
			.allocate(new AllocationRequest(sku, quantity, deliverTo.location(), candidates));
		return Optional.of(new Proposal(sku, offerings.get(0).productName(), deliverTo, allocation));
	}

	/**
	 * Each manufacturer's median acknowledgement latency, read again once the last read
	 * is {@code distributor.allocation.latency-refresh} old. Two proposals that find it
	 * old may both read it: the same figures, the later kept.
	 */
	private Map<String, Duration> latencies() {
		Instant now = this.clock.instant();
		Latencies last = this.latencies;
		if (now.isBefore(last.readAt().plus(this.latencyRefresh)) && !now.isBefore(last.readAt())) {
			return last.medians();
		}
		Map<String, Duration> medians = this.acknowledgements.medianLatencyByManufacturer(now.minus(this.latencyWindow),
				LATENCY_SAMPLE);
		this.latencies = new Latencies(now, medians);
		return medians;
	}

	private record Latencies(Instant readAt, Map<String, Duration> medians) {
	}

}
