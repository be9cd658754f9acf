package dev.centraldistribution.distributor.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import dev.centraldistribution.distributor.Snapshots;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.manufacturers.ManufacturerStateChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator pauses a manufacturer: its offerings go off sale and keep their rows,
 * whatever its state and its pulls do meanwhile; resuming puts back on sale what would
 * have been on sale without the pause, and nothing else.
 */
@SpringBootTest
class PausedManufacturersSellNothingUntilResumedTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PauseSelling pauseSelling;

	@Autowired
	ResumeSelling resumeSelling;

	@Autowired
	SalesFollowManufacturers salesFollowManufacturers;

	@Autowired
	SnapshotReconciliation reconciliation;

	OfferingFixtures fixtures;

	long manufacturer;

	String code;

	OfferingId drill;

	OfferingId saw;

	Instant now;

	@BeforeEach
	void aliveManufacturerWithTwoOfferings() {
		this.fixtures = new OfferingFixtures(this.jdbc);
		this.manufacturer = this.fixtures.manufacturer("pause", "Paused Tools");
		this.code = this.jdbc.sql("select code from manufacturer where id = :id")
			.param("id", this.manufacturer)
			.query(String.class)
			.single();
		this.drill = this.fixtures.offering(this.manufacturer, this.fixtures.sku("drill"), "Drill", 12_000, 5);
		this.saw = this.fixtures.offering(this.manufacturer, this.fixtures.sku("saw"), "Saw", 2_500, 7);
		this.now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	@Test
	void pausingTakesEveryOfferingOffSaleAndKeepsItsStock() {
		SellingChange change = this.pauseSelling.pause(this.code, "operator@localhost", this.now);

		assertThat(change).isEqualTo(new SellingChange.Paused(this.code, this.now, 2));
		assertThat(onSale(this.drill)).isFalse();
		assertThat(onSale(this.saw)).isFalse();
		assertThat(available(this.saw)).isEqualTo(7);
		assertThat(this.pauseSelling.pause(this.code, "operator@localhost", this.now.plusSeconds(5)))
			.as("a second pause keeps the first one's time")
			.isEqualTo(new SellingChange.Paused(this.code, this.now, 0));
	}

	@Test
	void resumingPutsBackWhatWasOnSale() {
		this.pauseSelling.pause(this.code, "operator@localhost", this.now);

		assertThat(this.resumeSelling.resume(this.code, "operator@localhost"))
			.isEqualTo(new SellingChange.Resumed(this.code, 2, true));
		assertThat(onSale(this.drill)).isTrue();
		assertThat(onSale(this.saw)).isTrue();
	}

	@Test
	void anOfferingWhosePriceIsHeldStaysOffSaleAfterTheResume() {
		this.jdbc.sql("""
				update offering set proposed_price_cents = 900000, proposed_currency = 'EUR',
				  price_held_since = current_timestamp, on_sale = false where id = :id""")
			.param("id", this.drill.value())
			.update();
		this.pauseSelling.pause(this.code, "operator@localhost", this.now);

		assertThat(this.resumeSelling.resume(this.code, "operator@localhost"))
			.isEqualTo(new SellingChange.Resumed(this.code, 1, true));
		assertThat(onSale(this.drill)).isFalse();
		assertThat(onSale(this.saw)).isTrue();
	}

	@Test
	void aPausedManufacturerComingBackAliveStaysOffSale() {
		this.pauseSelling.pause(this.code, "operator@localhost", this.now);
		changeState(ManufacturerState.ALIVE, ManufacturerState.DOWN);
		changeState(ManufacturerState.DOWN, ManufacturerState.ALIVE);

		assertThat(onSale(this.drill)).isFalse();
		assertThat(onSale(this.saw)).isFalse();
	}

	@Test
	void aPullWhilePausedUpdatesTheStockButNotTheSale() {
		this.pauseSelling.pause(this.code, "operator@localhost", this.now);

		this.reconciliation.apply(this.manufacturer, List.of(Snapshots.product(this.fixtures.sku("drill"), 9),
				Snapshots.product(this.fixtures.sku("saw"), 7), Snapshots.product(this.fixtures.sku("glue"), 3)));

		assertThat(available(this.drill)).isEqualTo(9);
		assertThat(onSale(this.drill)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from offering where manufacturer_id = :id and on_sale")
			.param("id", this.manufacturer)
			.query(Long.class)
			.single()).as("offerings on sale, the new one included").isZero();
	}

	@Test
	void resumingAManufacturerThatIsDownWaitsForItToBeAlive() {
		this.pauseSelling.pause(this.code, "operator@localhost", this.now);
		changeState(ManufacturerState.ALIVE, ManufacturerState.DOWN);

		assertThat(this.resumeSelling.resume(this.code, "operator@localhost"))
			.isEqualTo(new SellingChange.Resumed(this.code, 0, false));
		assertThat(onSale(this.drill)).isFalse();

		changeState(ManufacturerState.DOWN, ManufacturerState.ALIVE);
		assertThat(onSale(this.drill)).isTrue();
	}

	@Test
	void anUnknownManufacturerIsSaidSo() {
		assertThat(this.pauseSelling.pause("no-such-code", "operator@localhost", this.now))
			.isEqualTo(new SellingChange.UnknownManufacturer("no-such-code"));
		assertThat(this.resumeSelling.resume("no-such-code", "operator@localhost"))
			.isEqualTo(new SellingChange.UnknownManufacturer("no-such-code"));
	}

	private void changeState(ManufacturerState from, ManufacturerState to) {
		this.jdbc.sql("update manufacturer set presence_state = :state where id = :id")
			.param("state", to.name())
			.param("id", this.manufacturer)
			.update();
		this.salesFollowManufacturers.on(new ManufacturerStateChanged(this.code, from, to, this.now));
	}

	private boolean onSale(OfferingId offering) {
		return this.jdbc.sql("select on_sale from offering where id = :id")
			.param("id", offering.value())
			.query(Boolean.class)
			.single();
	}

	private long available(OfferingId offering) {
		return this.jdbc.sql("select available from offering where id = :id")
			.param("id", offering.value())
			.query(Long.class)
			.single();
	}

}
