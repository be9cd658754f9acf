package dev.centraldistribution.distributor.adapters;

import java.net.URI;

import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
import dev.centraldistribution.systemtests.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;

/**
 * The {@code shop} adapter passes the adapter contract against the shop simulator (preset
 * {@code vandelay}, {@code manufacturer.api=shop}): pages of products and stock, orders
 * and cancellations by {@code POST} with an {@code Idempotency-Key}, the answer in the
 * exchange.
 */
@Order(8)
class ShopSimulatorContractTests extends SimulatorAdapterContract {

	private static final int PORT = 41086;

	private static AppProcess simulator;

	@BeforeAll
	static void startTheSimulator() {
		simulator = startSimulator("contract-vandelay", "vandelay", PORT);
	}

	@AfterAll
	static void stopTheSimulator() {
		if (simulator != null) {
			simulator.stop();
		}
	}

	@Override
	AdapterKind kind() {
		return AdapterKind.SHOP;
	}

	@Override
	String code() {
		return "vandelay";
	}

	@Override
	int port() {
		return PORT;
	}

	/**
	 * A shop registered at an address where nothing listens, reached by the same courier.
	 */
	@Override
	Sending sendWhileUnreachable(Parcel parcel) {
		String gone = "gone-" + code();
		this.registry
			.register(new ManufacturerRegistration(gone, "Gone shop", URI.create("http://127.0.0.1:1"), null, kind()));
		return courier().send(new Parcel(parcel.messageId(), parcel.exchange(), gone, parcel.type(), parcel.payload()));
	}

}
