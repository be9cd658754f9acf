package dev.centraldistribution.manufacturer.shipping;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.centraldistribution.contracts.MessagingTopology;
import dev.centraldistribution.contracts.PurchaseConfirmation;
import dev.centraldistribution.contracts.SubOrderDelivered;
import dev.centraldistribution.contracts.SubOrderShipped;
import dev.centraldistribution.manufacturer.TestCatalogue;
import dev.centraldistribution.manufacturer.outbox.Outbox;
import dev.centraldistribution.manufacturer.outbox.OutboxEntry;
import dev.centraldistribution.manufacturer.purchases.ApplyPurchaseConfirmation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "manufacturer.shipping.delay=20s", "manufacturer.shipping.transit=40s" })
@Import(ParcelsShipAndArriveOnceTests.Clocks.class)
class ParcelsShipAndArriveOnceTests {

	@Autowired
	ApplyPurchaseConfirmation purchases;

	@Autowired
	ShipParcels parcels;

	@Autowired
	Outbox outbox;

	@Autowired
	MovableClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void aFreshWarehouse() {
		TestCatalogue.resetToInitialStock(this.jdbc);
		this.jdbc.sql("delete from shipment").update();
		this.jdbc.sql("delete from outbox_message").update();
	}

	@Test
	void anAcceptedPurchaseShipsAfterTheDelayAndArrivesAfterTheTransitOnce() {
		long subOrder = buy(TestCatalogue.DRILL, 2);

		this.clock.advance(Duration.ofSeconds(19));
		assertThat(this.parcels.shipDue()).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.parcels.shipDue()).isOne();
		assertThat(this.parcels.shipDue()).isZero();

		OutboxEntry shippedEntry = onlyUnsent();
		assertThat(shippedEntry.type()).isEqualTo(SubOrderShipped.TYPE);
		assertThat(shippedEntry.routingKey()).isEqualTo(MessagingTopology.eventRoutingKey("shipped", "test"));
		SubOrderShipped shipped = this.json.readValue(shippedEntry.body(), SubOrderShipped.class);
		assertThat(shipped.subOrderId()).isEqualTo(subOrder);
		assertThat(shipped.messageId()).isEqualTo(shippedEntry.messageId());
		assertThat(shipped.carrier()).isEqualTo("Parcelways");
		assertThat(shipped.trackingNumber()).isEqualTo("TEST-" + subOrder);
		this.outbox.markSent(shippedEntry.id(), this.clock.instant());

		this.clock.advance(Duration.ofSeconds(39));
		assertThat(this.parcels.deliverDue()).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.parcels.deliverDue()).isOne();
		assertThat(this.parcels.deliverDue()).isZero();

		OutboxEntry deliveredEntry = onlyUnsent();
		assertThat(deliveredEntry.type()).isEqualTo(SubOrderDelivered.TYPE);
		assertThat(deliveredEntry.routingKey()).isEqualTo(MessagingTopology.eventRoutingKey("delivered", "test"));
		assertThat(this.json.readValue(deliveredEntry.body(), SubOrderDelivered.class).subOrderId())
			.isEqualTo(subOrder);
	}

	@Test
	void aPurchaseRejectedWholeNeverShipsAndARedeliveredOneShipsOnce() {
		TestCatalogue.setStock(this.jdbc, TestCatalogue.SAW, 0);
		buy(TestCatalogue.SAW, 1);
		PurchaseConfirmation drill = confirmation(TestCatalogue.DRILL, 1);
		this.purchases.apply(drill);
		this.purchases.apply(drill);

		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.parcels.shipDue()).isOne();
		assertThat(this.outbox.unsent(10)).singleElement()
			.satisfies((entry) -> assertThat(this.json.readValue(entry.body(), SubOrderShipped.class).subOrderId())
				.isEqualTo(drill.subOrderId()));
	}

	private long buy(TestCatalogue.TestProduct product, long quantity) {
		PurchaseConfirmation confirmation = confirmation(product, quantity);
		this.purchases.apply(confirmation);
		return confirmation.subOrderId();
	}

	private PurchaseConfirmation confirmation(TestCatalogue.TestProduct product, long quantity) {
		long subOrder = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
		return new PurchaseConfirmation(UUID.randomUUID().toString(), PurchaseConfirmation.SCHEMA_VERSION,
				this.clock.instant(), "test", subOrder, subOrder,
				List.of(new PurchaseConfirmation.Line(product.sku(), quantity, product.unitPriceCents())));
	}

	private OutboxEntry onlyUnsent() {
		List<OutboxEntry> unsent = this.outbox.unsent(10);
		assertThat(unsent).hasSize(1);
		return unsent.get(0);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
