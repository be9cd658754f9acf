package dev.centraldistribution.distributor.web.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.centraldistribution.distributor.catalog.StockFigures;
import dev.centraldistribution.distributor.catalog.StockFigures.OfferingCount;
import dev.centraldistribution.distributor.confirmations.AcknowledgementBooks;
import dev.centraldistribution.distributor.cycles.SalesCycle;
import dev.centraldistribution.distributor.cycles.SalesCycles;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;
import dev.centraldistribution.distributor.orders.SubOrderBooks;

import org.springframework.stereotype.Component;

/**
 * Gathers the manufacturers page from the modules that own each figure. Acknowledgement
 * latency is drawn from each manufacturer's latest {@value #LATENCY_SAMPLE}
 * acknowledgements of the last 24 hours: the arrival of the acknowledgement minus the
 * placement of its order.
 */
@Component
class ManufacturerBoard {

	static final int LATENCY_SAMPLE = 200;

	static final Duration LATENCY_WINDOW = Duration.ofHours(24);

	private final ManufacturerDirectory manufacturers;

	private final StockFigures stock;

	private final SubOrderBooks subOrders;

	private final AcknowledgementBooks acknowledgements;

	private final SalesCycles cycles;

	ManufacturerBoard(ManufacturerDirectory manufacturers, StockFigures stock, SubOrderBooks subOrders,
			AcknowledgementBooks acknowledgements, SalesCycles cycles) {
		this.manufacturers = manufacturers;
		this.stock = stock;
		this.subOrders = subOrders;
		this.acknowledgements = acknowledgements;
		this.cycles = cycles;
	}

	List<ManufacturerRow> rows(Instant now) {
		Map<String, Long> ids = new HashMap<>();
		this.manufacturers.all().forEach((manufacturer) -> ids.put(manufacturer.code(), manufacturer.id()));
		Map<Long, OfferingCount> offerings = this.stock.offeringsByManufacturer();
		Map<Long, Instant> paused = this.stock.pausedManufacturers();
		Map<String, Long> unanswered = this.subOrders.unansweredByManufacturer();
		Map<String, Long> sold = this.cycles.current()
			.map(SalesCycle::openedAt)
			.map(this.subOrders::unitsSoldSince)
			.orElse(Map.of());
		List<ManufacturerRow> rows = new ArrayList<>();
		for (ManufacturerHealth health : this.manufacturers.health()) {
			Long id = ids.get(health.code());
			OfferingCount count = (id != null) ? offerings.getOrDefault(id, new OfferingCount(0, 0))
					: new OfferingCount(0, 0);
			rows.add(new ManufacturerRow(health.code(), health.name(), health.state(), health.stateSince(),
					health.lastHeartbeatAt(), health.lastSyncedAt(), health.lastPullDuration(),
					health.lastError() != null, health.lastError(), count.listed(), count.onSale(),
					sold.getOrDefault(health.code(), 0L), unanswered.getOrDefault(health.code(), 0L),
					latency(health.code(), now), (id != null) ? paused.get(id) : null));
		}
		return rows;
	}

	private AcknowledgementLatency latency(String code, Instant now) {
		Map<Long, Instant> received = this.acknowledgements.recent(code, now.minus(LATENCY_WINDOW), LATENCY_SAMPLE);
		Map<Long, Instant> placed = this.subOrders.placedAt(received.keySet());
		List<Duration> latencies = new ArrayList<>();
		received.forEach((subOrder, at) -> {
			Instant placedAt = placed.get(subOrder);
			if (placedAt != null) {
				latencies.add(Duration.between(placedAt, at));
			}
		});
		return AcknowledgementLatency.of(latencies);
	}

}
