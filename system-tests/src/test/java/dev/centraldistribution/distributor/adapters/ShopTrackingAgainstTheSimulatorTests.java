package dev.centraldistribution.distributor.adapters;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.distributor.AdapterContractApplication;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.Report;
import dev.centraldistribution.distributor.adapters.ManufacturerAnswered.SubOrderReported;
import dev.centraldistribution.distributor.manufacturers.AdapterKind;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistration;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.systemtests.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shop's shipments and deliveries reach the distributor: the shop simulator ships at
 * once and delivers after two seconds; the shop adapter's tracker, asking after the
 * sub-order however often, hands on its shipment (carrier and tracking number) and its
 * delivery, each under one message id.
 */
@Order(8)
@SpringBootTest(classes = AdapterContractApplication.class)
class ShopTrackingAgainstTheSimulatorTests {

	private static final int PORT = 41087;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static AppProcess simulator;

	@Autowired
	ShopTracker tracker;

	@Autowired
	ShopCourier courier;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	AnswersHeard answers;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void startTheSimulator() {
		simulator = SimulatorAdapterContract.startSimulator("tracked-vandelay", "vandelay", PORT,
				"--manufacturer.shipping.enabled=true", "--manufacturer.shipping.delay=0s",
				"--manufacturer.shipping.transit=2s");
	}

	@AfterAll
	static void stopTheSimulator() {
		if (simulator != null) {
			simulator.stop();
		}
	}

	@Test
	void theShopsShipmentAndDeliveryAreHandedOnOnceEach() {
		Manufacturer shop = this.registry.register(new ManufacturerRegistration("vandelay-tracked", "Tracked shop",
				URI.create("http://127.0.0.1:" + PORT), null, AdapterKind.SHOP));
		long subOrder = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
		String messageId = UUID.randomUUID().toString();
		PurchaseConfirmation purchase = new PurchaseConfirmation(messageId, PurchaseConfirmation.SCHEMA_VERSION,
				Instant.now(), shop.code(), subOrder, subOrder,
				List.of(new PurchaseConfirmation.Line("VAN-BOX-STORAGE-45L", 1, 1450)));
		assertThat(this.courier
			.send(new Parcel(messageId, MessagingTopology.PURCHASES_EXCHANGE, shop.code(), PurchaseConfirmation.TYPE,
					this.json.writeValueAsString(purchase)))
			.awaitFailure(PATIENCE)).isNull();

		await("shipped and delivered").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
			this.tracker.track(shop, List.of(subOrder));
			return reports(subOrder).stream().anyMatch((report) -> report.report() == Report.DELIVERED);
		});
		this.tracker.track(shop, List.of(subOrder));

		List<SubOrderReported> reports = reports(subOrder);
		assertThat(reports).filteredOn((report) -> report.report() == Report.SHIPPED).allSatisfy((shipped) -> {
			assertThat(shipped.carrier()).isEqualTo("Parcelways");
			assertThat(shipped.trackingNumber()).isNotBlank();
		});
		assertThat(reports).extracting(SubOrderReported::messageId)
			.as("one message id per step, however often it was read")
			.containsOnly("shop-shipped-" + shop.code() + "-" + subOrder,
					"shop-delivered-" + shop.code() + "-" + subOrder);
	}

	private List<SubOrderReported> reports(long subOrder) {
		return this.answers.all()
			.stream()
			.filter((answer) -> answer instanceof SubOrderReported report && report.subOrderId() == subOrder)
			.map(SubOrderReported.class::cast)
			.toList();
	}

}
