package dev.centraldistribution.distributor.allocation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.orders.OpenSubOrders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes how to buy a quantity of one product from any manufacturers: reads every
 * offering of the product with its manufacturer's location, health and load, and lets the
 * chosen strategy allocate. Buys nothing.
 */
@Service
@EnableConfigurationProperties(AllocationProperties.class)
public class ProposeAllocation {

	private final OfferingCatalog catalog;

	private final ManufacturerDirectory manufacturers;

	private final OpenSubOrders openSubOrders;

	private final Map<Strategy, AllocationStrategy> strategies = new EnumMap<>(Strategy.class);

	ProposeAllocation(OfferingCatalog catalog, ManufacturerDirectory manufacturers, OpenSubOrders openSubOrders,
			AllocationProperties properties) {
		this.catalog = catalog;
		this.manufacturers = manufacturers;
		this.openSubOrders = openSubOrders;
		for (AllocationStrategy strategy : List.of(
				new NearestFirst(properties.regionRadiusKm(), properties.maxPerManufacturer()),
				new CheapestFirst(properties.regionRadiusKm(), properties.maxPerManufacturer()),
				new Balanced(properties.regionRadiusKm(), properties.maxPerManufacturer()))) {
			this.strategies.put(strategy.strategy(), strategy);
		}
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
		Map<String, GeoLocation> locations = new HashMap<>();
		for (Manufacturer manufacturer : this.manufacturers.all()) {
			locations.put(manufacturer.code(), manufacturer.location());
		}
		Map<String, Long> load = this.openSubOrders.byManufacturer();
		List<Candidate> candidates = offerings.stream()
			.filter((offering) -> locations.get(offering.manufacturerCode()) != null)
			.map((offering) -> new Candidate(offering.id(), offering.manufacturerCode(), offering.manufacturerName(),
					locations.get(offering.manufacturerCode()), offering.unitPriceCents(), offering.currency(),
					offering.available(), offering.onSale(), load.getOrDefault(offering.manufacturerCode(), 0L)))
			.toList();
		Allocation allocation = this.strategies.get(strategy)
			.allocate(new AllocationRequest(sku, quantity, deliverTo.location(), candidates));
		return Optional.of(new Proposal(sku, offerings.get(0).productName(), deliverTo, allocation));
	}

}
