package dev.centraldistribution.distributor.catalog;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.OfferingRows.Row;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation rule on the examples of the design, on H2 and PostgreSQL.
 */
@SpringBootTest
class SnapshotReconciliationTests {

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	JdbcClient jdbc;

	OfferingRows offerings;

	List<String> codes = new ArrayList<>();

	Manufacturer manufacturer;

	@BeforeEach
	void registerManufacturer() {
		this.offerings = new OfferingRows(this.jdbc);
		this.manufacturer = register();
	}

	@AfterEach
	void deleteManufacturers() {
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void aNewProductBecomesAnOfferingWithItsWholeQuantity() {
		ReconciledSnapshot result = apply(product("BOLT-M8", 10, 4));

		assertThat(result).isEqualTo(new ReconciledSnapshot(1, 1, 0));
		Row bolt = this.offerings.get(this.manufacturer.id(), "BOLT-M8");
		assertThat(bolt.available()).isEqualTo(10);
		assertThat(bolt.receivedTotal()).isEqualTo(10);
		assertThat(bolt.soldTotal()).isZero();
		assertThat(bolt.productName()).isEqualTo("Product BOLT-M8");
		assertThat(bolt.unitPriceCents()).isEqualTo(1000);
		assertThat(bolt.currency()).isEqualTo("EUR");
	}

	@Test
	void aPullNeverBringsBackWhatWasSold() {
		apply(product("BOLT-M8", 10, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();
		assertThat(this.offerings.sell(id, 3)).isTrue();

		// The manufacturer has not processed the sale yet: 10 in stock, 3 of them ours.
		apply(product("BOLT-M8", 10, 0));
		assertAvailable("BOLT-M8", 7, 3);

		// It processes the sale: 7 in stock, 3 applied.
		apply(product("BOLT-M8", 7, 3));
		assertAvailable("BOLT-M8", 7, 3);

		// It produces 5 more.
		apply(product("BOLT-M8", 12, 3));
		assertAvailable("BOLT-M8", 12, 3);
	}

	@Test
	void aSnapshotOlderThanTheAcknowledgementsIsStillExact() {
		apply(product("BOLT-M8", 10, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();
		this.offerings.sell(id, 3);
		this.offerings.sell(id, 2);

		// Processed the second sale first (out of order): 8 in stock, 2 applied.
		apply(product("BOLT-M8", 8, 2));
		assertAvailable("BOLT-M8", 5, 5);
		// Then a pull that was taken before any processing arrives late.
		apply(product("BOLT-M8", 10, 0));
		assertAvailable("BOLT-M8", 5, 5);
	}

	@Test
	void aManufacturerThatLostStockWeSoldClampsAtZero() {
		apply(product("BOLT-M8", 10, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();
		this.offerings.sell(id, 3);

		apply(product("BOLT-M8", 1, 0));

		assertAvailable("BOLT-M8", 0, 3);
	}

	@Test
	void moreAppliedThanSoldNeverOffersMoreThanTheSnapshot() {
		apply(product("BOLT-M8", 10, 0));

		apply(product("BOLT-M8", 6, 50));

		assertAvailable("BOLT-M8", 6, 0);
	}

	@Test
	void aProductTheSnapshotNoLongerListsDropsToZeroAndComesBack() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();
		this.offerings.sell(id, 3);

		ReconciledSnapshot result = apply(product("NUT-M8", 4, 0));

		assertThat(result).isEqualTo(new ReconciledSnapshot(1, 0, 1));
		assertAvailable("BOLT-M8", 0, 3);
		assertAvailable("NUT-M8", 4, 0);

		apply(product("BOLT-M8", 9, 3), product("NUT-M8", 4, 0));
		assertAvailable("BOLT-M8", 9, 3);
	}

	@Test
	void nameAndPriceFollowTheSnapshot() {
		apply(product("BOLT-M8", 10, 0));

		apply(new ProductOffering("BOLT-M8", "Bolt M8, zinc", 1250, "USD", 10, 0));

		Row bolt = this.offerings.get(this.manufacturer.id(), "BOLT-M8");
		assertThat(bolt.productName()).isEqualTo("Bolt M8, zinc");
		assertThat(bolt.unitPriceCents()).isEqualTo(1250);
		assertThat(bolt.currency()).isEqualTo("USD");
	}

	@Test
	void anEmptySnapshotWithdrawsEverythingAndKeepsTheBooksBalanced() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));

		ReconciledSnapshot result = apply();

		assertThat(result).isEqualTo(new ReconciledSnapshot(0, 0, 2));
		assertAvailable("BOLT-M8", 0, 0);
		assertAvailable("NUT-M8", 0, 0);
	}

	@Test
	void snapshotsOfOneManufacturerLeaveTheOthersAlone() {
		Manufacturer other = register();
		this.reconciliation.apply(other.id(), List.of(product("BOLT-M8", 5, 0)));

		apply();

		assertThat(this.offerings.get(other.id(), "BOLT-M8").available()).isEqualTo(5);
	}

	@Test
	void everySetExpressionSeesTheRowBeforeTheUpdate() {
		apply(product("BOLT-M8", 10, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();

		// Assigned first, read after: a database evaluating with the new values (as MySQL
		// does, left to right) would store 30 in received_total. The reconciliation's
		// received_total expression reads available the same way.
		this.jdbc.sql("update offering set available = available + 20, received_total = available where id = :id")
			.param("id", id)
			.update();

		Row bolt = this.offerings.get(this.manufacturer.id(), "BOLT-M8");
		assertThat(bolt.available()).isEqualTo(30);
		assertThat(bolt.receivedTotal()).isEqualTo(10);
	}

	@Test
	void thousandsOfProductsApplyInOneCall() {
		List<ProductOffering> products = new ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			products.add(product("SKU-" + i, i, 0));
		}
		assertThat(this.reconciliation.apply(this.manufacturer.id(), products))
			.isEqualTo(new ReconciledSnapshot(1200, 1200, 0));

		List<ProductOffering> fewer = products.subList(0, 1100)
			.stream()
			.map((p) -> product(p.sku(), p.available() + 1, 0))
			.toList();
		assertThat(this.reconciliation.apply(this.manufacturer.id(), fewer))
			.isEqualTo(new ReconciledSnapshot(1100, 0, 100));

		assertAvailable("SKU-1099", 1100, 0);
		assertAvailable("SKU-1100", 0, 0);
	}

	private Manufacturer register() {
		Manufacturer manufacturer = TestManufacturers.register(this.registry, "rec", URI.create("http://127.0.0.1:9"));
		this.codes.add(manufacturer.code());
		return manufacturer;
	}

	private ReconciledSnapshot apply(ProductOffering... products) {
		return this.reconciliation.apply(this.manufacturer.id(), List.of(products));
	}

	private void assertAvailable(String sku, long available, long sold) {
		Row row = this.offerings.get(this.manufacturer.id(), sku);
		assertThat(row.available()).as("available of " + sku).isEqualTo(available);
		assertThat(row.soldTotal()).as("sold of " + sku).isEqualTo(sold);
		assertThat(row.isConsistent()).as("available = received - sold for " + row).isTrue();
	}

}
