package dev.centraldistribution.distributor.allocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.centraldistribution.contracts.GeoLocation;
import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.catalog.OfferingId;
import dev.centraldistribution.distributor.catalog.OfferingView;
import dev.centraldistribution.distributor.confirmations.AcknowledgementBooks;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.orders.OpenSubOrders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The acknowledgement latencies behind balanced allocation are read once per
 * {@code distributor.allocation.latency-refresh}, not for every proposal, and a slower
 * manufacturer read afresh weighs on the next proposal once the refresh has passed.
 */
class LatenciesAreReadAgainAfterTheRefreshTests {

	private static final Instant START = Instant.parse("2026-12-06T10:00:00Z");

	private static final City PARIS = new City("Paris", "FR", new GeoLocation(48.8566, 2.3522));

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	private final AcknowledgementBooks acknowledgements = mock(AcknowledgementBooks.class);

	private final ProposeAllocation propose = proposer(Duration.ofSeconds(5));

	@Test
	void proposalsWithinTheRefreshShareOneReadThenTheNextReadsAgain() {
		when(this.acknowledgements.medianLatencyByManufacturer(any(), anyInt()))
			.thenReturn(Map.of("amber", Duration.ZERO, "zinc", Duration.ZERO))
			.thenReturn(Map.of("amber", Duration.ofSeconds(30), "zinc", Duration.ofMillis(20)));

		assertThat(supplierOf(this.propose)).isEqualTo("amber");
		this.now.set(START.plusSeconds(4));
		assertThat(supplierOf(this.propose)).isEqualTo("amber");
		verify(this.acknowledgements, times(1)).medianLatencyByManufacturer(any(), anyInt());

		this.now.set(START.plusSeconds(5));
		assertThat(supplierOf(this.propose)).isEqualTo("zinc");
		verify(this.acknowledgements, times(2)).medianLatencyByManufacturer(any(), anyInt());
	}

	@Test
	void aZeroRefreshReadsForEveryProposal() {
		when(this.acknowledgements.medianLatencyByManufacturer(any(), anyInt())).thenReturn(Map.of());
		ProposeAllocation everyTime = proposer(Duration.ZERO);

		supplierOf(everyTime);
		supplierOf(everyTime);

		verify(this.acknowledgements, times(2)).medianLatencyByManufacturer(any(), anyInt());
	}

	/**
	 * Who supplies 10 units under balanced allocation, with all else equal but the name.
	 */
	private static String supplierOf(ProposeAllocation propose) {
		Allocation allocation = propose.propose("TSHIRT-1", 10, Strategy.BALANCED, PARIS).orElseThrow().allocation();
		return allocation.lines().get(0).candidate().manufacturerCode();
	}

	private ProposeAllocation proposer(Duration refresh) {
		OfferingCatalog catalog = mock(OfferingCatalog.class);
		// Equal in all but name and latency: a tie goes to "amber" (by code), so only a
		// latency read afresh can move the choice to "zinc".
		when(catalog.offeringsOf("TSHIRT-1")).thenReturn(List.of(offering(1, "amber"), offering(2, "zinc")));
		ManufacturerDirectory manufacturers = mock(ManufacturerDirectory.class);
		GeoLocation lyon = new GeoLocation(45.764, 4.8357);
		when(manufacturers.locations()).thenReturn(Map.of("amber", lyon, "zinc", lyon));
		OpenSubOrders open = mock(OpenSubOrders.class);
		when(open.byManufacturer()).thenReturn(Map.of());
		Clock clock = new Clock() {

			@Override
			public Instant instant() {
				return LatenciesAreReadAgainAfterTheRefreshTests.this.now.get();
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

		};
		return new ProposeAllocation(catalog, manufacturers, open, this.acknowledgements,
				new AllocationProperties(600, 1000, 100, "Paris, FR", Duration.ofMinutes(10), refresh), clock);
	}

	private static OfferingView offering(long id, String manufacturer) {
		return new OfferingView(new OfferingId(id), "TSHIRT-1", "T-shirt", manufacturer, manufacturer, 1_000, "EUR", 50,
				true, ManufacturerState.ALIVE, START, false);
	}

}
