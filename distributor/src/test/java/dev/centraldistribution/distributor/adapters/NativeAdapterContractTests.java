package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.ManufacturerStub;
import dev.centraldistribution.distributor.Snapshots;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@code native} adapter passes the adapter contract, against a manufacturer double
 * serving our snapshot.
 */
class NativeAdapterContractTests extends OfferingsSourceContract {

	private final ManufacturerStub manufacturer = ManufacturerStub.start();

	@AfterEach
	void stop() {
		this.manufacturer.close();
	}

	@Override
	OfferingsSource source(PullLimits limits) {
		return new NativeOfferings(new SnapshotDownloader(limits), new SnapshotReader(limits.maxProducts()));
	}

	@Override
	AdapterKind kind() {
		return AdapterKind.NATIVE;
	}

	@Override
	URI baseUrl() {
		return this.manufacturer.baseUrl();
	}

	@Override
	void offer(List<ProductOffering> products) {
		this.manufacturer.serve(Snapshots.of(CODE, products));
	}

	@Override
	void failWith(int status) {
		this.manufacturer.serveStatus(status);
	}

	@Override
	void serveGarbage() {
		this.manufacturer.serveJson("<html>Oops</html>");
	}

}
