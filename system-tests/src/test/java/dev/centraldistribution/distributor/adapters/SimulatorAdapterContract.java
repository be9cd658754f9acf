package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.distributor.AdapterContractApplication;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.systemtests.AppProcess;
import dev.centraldistribution.systemtests.SimulatorProcesses;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.awaitility.Awaitility.await;

/**
 * The adapter contract against a simulator of the kind, the packaged jar started as a
 * process with production and shipping off, and the distributor's core in this JVM.
 */
@SpringBootTest(classes = AdapterContractApplication.class)
abstract class SimulatorAdapterContract extends AdapterContract {

	static final Duration STARTUP = Duration.ofMinutes(2);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	AnswersHeard answers;

	@Autowired
	Couriers couriers;

	@Autowired
	AnsweredPurchases answered;

	@Autowired
	JsonMapper json;

	private Manufacturer manufacturer;

	/**
	 * Starts a simulator of the preset on the port, without production, and without
	 * shipping unless the settings say otherwise.
	 */
	static AppProcess startSimulator(String name, String preset, int port, String... settings) {
		List<String> arguments = new ArrayList<>(
				List.of("--manufacturer.preset=" + preset, "--manufacturer.production.enabled=false"));
		if (Arrays.stream(settings).noneMatch((setting) -> setting.startsWith("--manufacturer.shipping.enabled="))) {
			arguments.add("--manufacturer.shipping.enabled=false");
		}
		arguments.addAll(List.of(settings));
		AppProcess simulator = SimulatorProcesses.simulator(name, port, arguments).start();
		simulator.awaitHealthy(STARTUP);
		return simulator;
	}

	abstract AdapterKind kind();

	abstract String code();

	abstract int port();

	@BeforeEach
	void register() {
		this.manufacturer = this.registry.register(new ManufacturerRegistration(code(), "Contract " + code(),
				URI.create("http://127.0.0.1:" + port()), null, kind()));
		// Health includes the broker where the simulator has one: ready for parcels.
		await("the simulator healthy").atMost(STARTUP).until(() -> status("/actuator/health") == 200);
	}

	@Override
	Manufacturer manufacturer() {
		return this.manufacturer;
	}

	@Override
	OfferingsSource source() {
		return OfferingsSources.withLimits(LIMITS, this.answered).of(kind());
	}

	@Override
	Courier courier() {
		// As the relay finds it: by the manufacturer registered under the parcel's key.
		return this.couriers.forDestination(MessagingTopology.PURCHASES_EXCHANGE, code());
	}

	@Override
	List<ManufacturerAnswered> answers() {
		return this.answers.all();
	}

	@Override
	JsonMapper json() {
		return this.json;
	}

	int status(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
				.timeout(Duration.ofSeconds(5))
				.build();
			return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (Exception ex) {
			return -1;
		}
	}

}
