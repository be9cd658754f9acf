package dev.centraldistribution.distributor.catalog;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.OfferingRows.Row;
import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OfferingRetirement retirement;

	@Autowired
	CatalogChanges changes;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	CatalogProperties limits;

	@Autowired
	SupplierSellability sellability;

	@Autowired
	ManufacturerDirectory manufacturers;

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
		this.clock.reset();
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void aNewProductBecomesAnOfferingWithItsWholeQuantity() {
		ReconciledSnapshot result = apply(product("BOLT-M8", 10, 4));

		assertThat(result).isEqualTo(new ReconciledSnapshot(1, 1, 0, 0, 0));
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

		assertThat(result).isEqualTo(new ReconciledSnapshot(1, 0, 1, 0, 0));
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
	void descriptionAndCategoryFollowTheSnapshotAndStayWhenItStopsSendingThem() {
		apply(new ProductOffering("BOLT-M8", "Bolt M8", 1000, "EUR", 10, 0, "Zinc plated.", "fasteners"));
		assertThat(descriptionAndCategory("BOLT-M8")).containsExactly("Zinc plated.", "fasteners");

		apply(new ProductOffering("BOLT-M8", "Bolt M8", 1000, "EUR", 10, 0, "Stainless <b>A2</b>.", "fixings"));
		assertThat(descriptionAndCategory("BOLT-M8")).containsExactly("Stainless <b>A2</b>.", "fixings");

		apply(product("BOLT-M8", 8, 0));
		assertThat(descriptionAndCategory("BOLT-M8")).containsExactly("Stainless <b>A2</b>.", "fixings");
		assertAvailable("BOLT-M8", 8, 0);
	}

	private List<String> descriptionAndCategory(String sku) {
		return this.jdbc.sql("select description, category from offering where manufacturer_id = :m and sku = :sku")
			.param("m", this.manufacturer.id())
			.param("sku", sku)
			.query((row, number) -> List.of(row.getString("description"), row.getString("category")))
			.single();
	}

	@Test
	void anEmptySnapshotWithdrawsEverythingAndKeepsTheBooksBalanced() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));

		ReconciledSnapshot result = apply();

		assertThat(result).isEqualTo(new ReconciledSnapshot(0, 0, 2, 0, 0));
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
			.isEqualTo(new ReconciledSnapshot(1200, 1200, 0, 0, 0));

		List<ProductOffering> fewer = products.subList(0, 1100)
			.stream()
			.map((p) -> product(p.sku(), p.available() + 1, 0))
			.toList();
		assertThat(this.reconciliation.apply(this.manufacturer.id(), fewer))
			.isEqualTo(new ReconciledSnapshot(1100, 0, 100, 0, 0));

		assertAvailable("SKU-1099", 1100, 0);
		assertAvailable("SKU-1100", 0, 0);
	}

	/**
	 * Two pulls of one manufacturer at once (two instances) with the same new products:
	 * the second waits for the rows the first holds until it commits, and then adds
	 * nothing, so each product is one offering with the books one pull leaves.
	 */
	@Test
	void twoPullsOfTheSameNewProductsAtOnceInsertThemOnce() throws Exception {
		List<ProductOffering> products = List.of(product("BOLT-M8", 10, 0), product("NUT-M8", 20, 0));
		CountDownLatch firstApplied = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService pulls = Executors.newFixedThreadPool(2);
		try {
			Future<ReconciledSnapshot> first = pulls
				.submit(() -> new TransactionTemplate(this.transactionManager).execute((status) -> {
					ReconciledSnapshot applied = this.reconciliation.apply(this.manufacturer.id(), products);
					firstApplied.countDown();
					// Commits only once the second pull waits for one of this one's
					// locks.
					await(secondStarted);
					Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::aTransactionWaitsForALock);
					return applied;
				}));
			await(firstApplied);
			Future<ReconciledSnapshot> second = pulls.submit(() -> {
				secondStarted.countDown();
				return this.reconciliation.apply(this.manufacturer.id(), products);
			});

			assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(new ReconciledSnapshot(2, 2, 0, 0, 0));
			assertThat(second.get(60, TimeUnit.SECONDS)).isEqualTo(new ReconciledSnapshot(2, 0, 0, 0, 0));
		}
		finally {
			pulls.shutdownNow();
		}
		assertThat(allOfferings()).isEqualTo(2);
		assertAvailable("BOLT-M8", 10, 0);
		assertAvailable("NUT-M8", 20, 0);
	}

	@Test
	void anOfferingLeftOutForTheGracePeriodIsRetiredAndGoneWhenItNeverSold() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));
		apply(product("NUT-M8", 4, 0));

		this.clock.advance(this.limits.retireAfter().dividedBy(2));
		assertThat(apply(product("NUT-M8", 4, 0)).retired()).isZero();
		assertAvailable("BOLT-M8", 0, 0);

		this.clock.advance(this.limits.retireAfter().dividedBy(2));
		ReconciledSnapshot result = apply(product("NUT-M8", 4, 0));

		assertThat(result).isEqualTo(new ReconciledSnapshot(1, 0, 1, 1, 0));
		assertThat(this.offerings.find(this.manufacturer.id(), "BOLT-M8")).isEmpty();
		assertAvailable("NUT-M8", 4, 0);
	}

	@Test
	void aRetiredOfferingThatSoldKeepsItsRowAndComesBackWithItsBooks() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));
		long id = this.offerings.get(this.manufacturer.id(), "BOLT-M8").id();
		this.offerings.sell(id, 3);
		apply(product("NUT-M8", 4, 0));
		this.clock.advance(this.limits.retireAfter().plusSeconds(1));

		assertThat(apply(product("NUT-M8", 4, 0)).retired()).isEqualTo(1);
		assertAvailable("BOLT-M8", 0, 3);
		assertThat(isRetired("BOLT-M8")).isTrue();
		assertThat(liveOfferings()).as("a retired offering is not counted").isEqualTo(1);

		// Back in the snapshot, the manufacturer not having processed our 3 units yet.
		ReconciledSnapshot back = apply(product("BOLT-M8", 9, 0), product("NUT-M8", 4, 0));

		assertThat(back).isEqualTo(new ReconciledSnapshot(2, 0, 0, 0, 0));
		assertThat(this.offerings.get(this.manufacturer.id(), "BOLT-M8").id()).isEqualTo(id);
		assertAvailable("BOLT-M8", 6, 3);
		assertThat(isRetired("BOLT-M8")).isFalse();
	}

	@Test
	void anOfferingListedAgainStartsItsGracePeriodAfresh() {
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));
		apply(product("NUT-M8", 4, 0));
		this.clock.advance(this.limits.retireAfter().dividedBy(2));
		apply(product("BOLT-M8", 10, 0), product("NUT-M8", 4, 0));
		this.clock.advance(this.limits.retireAfter().dividedBy(2).plusSeconds(1));

		assertThat(apply(product("NUT-M8", 4, 0)).retired()).isZero();
		this.clock.advance(this.limits.retireAfter().dividedBy(2));
		assertThat(apply(product("NUT-M8", 4, 0)).retired()).isZero();
		this.clock.advance(this.limits.retireAfter().dividedBy(2));
		assertThat(apply(product("NUT-M8", 4, 0)).retired()).isEqualTo(1);
	}

	@Test
	void aManufacturerThatFailsToAnswerRetiresNothing() {
		apply(product("BOLT-M8", 10, 0));
		this.clock.advance(this.limits.retireAfter().multipliedBy(3));

		// Only a snapshot that leaves an offering out starts its grace period.
		assertThat(apply().retired()).isZero();
		assertAvailable("BOLT-M8", 0, 0);
	}

	@Test
	void newProductsBeyondTheLimitWaitWhileTheListedOnesStillReconcile() {
		SnapshotReconciliation limited = limitedTo(3);
		apply(limited, product("A", 1, 0), product("B", 1, 0));

		ReconciledSnapshot result = apply(limited, product("A", 5, 0), product("B", 6, 0), product("C", 1, 0),
				product("D", 1, 0), product("E", 1, 0));

		assertThat(result).isEqualTo(new ReconciledSnapshot(3, 1, 0, 0, 2));
		assertAvailable("A", 5, 0);
		assertAvailable("B", 6, 0);
		assertAvailable("C", 1, 0);
		assertThat(this.offerings.find(this.manufacturer.id(), "D")).isEmpty();
		assertThat(liveOfferings()).isEqualTo(3);

		// A and B leave the snapshot: once retired, they make room.
		apply(limited, product("C", 1, 0), product("D", 1, 0), product("E", 1, 0));
		this.clock.advance(this.limits.retireAfter().plusSeconds(1));
		assertThat(apply(limited, product("C", 1, 0), product("D", 1, 0), product("E", 1, 0)))
			.isEqualTo(new ReconciledSnapshot(3, 2, 2, 2, 0));
		assertThat(liveOfferings()).isEqualTo(3);
	}

	@Test
	void skuChurnOverManyPullsKeepsTheManufacturersRowsBounded() {
		int limit = 100;
		SnapshotReconciliation limited = limitedTo(limit);
		Duration betweenPulls = this.limits.retireAfter().dividedBy(2).plusSeconds(1);
		int sold = 0;
		for (int pull = 0; pull < 20; pull++) {
			List<ProductOffering> fresh = new ArrayList<>();
			for (int i = 0; i < limit; i++) {
				fresh.add(product("P" + pull + "-" + i, 5, 0));
			}

			ReconciledSnapshot result = apply(limited, fresh.toArray(ProductOffering[]::new));

			assertThat(result.withdrawn()).as("offerings the pull went through").isLessThanOrEqualTo(limit);
			assertThat(liveOfferings()).isLessThanOrEqualTo(limit);
			assertThat(allOfferings()).as("rows after pull " + pull).isLessThanOrEqualTo(limit + sold);
			if (result.added() > 0
					&& this.offerings.sell(this.offerings.get(this.manufacturer.id(), "P" + pull + "-0").id(), 1)) {
				sold++;
			}
			this.clock.advance(betweenPulls);
		}
		assertThat(sold).as("pulls that found room").isGreaterThanOrEqualTo(5);
		assertThat(this.jdbc.sql("select sum(sold_total) from offering where manufacturer_id = :m")
			.param("m", this.manufacturer.id())
			.query(Long.class)
			.single()).as("every unit sold still on the books").isEqualTo(sold);
	}

	@Test
	void aPriceRaisedBeyondTheBoundIsHeldOffSaleWhileQuantityAndNameStillApply() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 300, 10));
		long tooHigh = beyondTheBound(300);

		apply(priced("BOLT-M8", "Bolt M8, zinc", tooHigh, 12));

		Row bolt = this.offerings.get(this.manufacturer.id(), "BOLT-M8");
		assertThat(bolt.unitPriceCents()).as("the old price stays").isEqualTo(300);
		assertThat(bolt.available()).isEqualTo(12);
		assertThat(bolt.productName()).isEqualTo("Bolt M8, zinc");
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(false, tooHigh, "EUR", true));
	}

	@Test
	void aPriceRaisedUpToTheBoundApplies() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 300, 10));
		long atTheBound = this.limits.maxPriceRise().multiply(BigDecimal.valueOf(300)).longValueExact();

		apply(priced("BOLT-M8", "Bolt M8", atTheBound, 10));

		assertThat(this.offerings.get(this.manufacturer.id(), "BOLT-M8").unitPriceCents()).isEqualTo(atTheBound);
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(true, null, null, false));
	}

	@Test
	void aLaterSnapshotWithinTheBoundClearsTheHoldAndSellsAtItsPrice() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 300, 10));
		apply(priced("BOLT-M8", "Bolt M8", beyondTheBound(300), 10));

		apply(priced("BOLT-M8", "Bolt M8", 320, 10));

		assertThat(this.offerings.get(this.manufacturer.id(), "BOLT-M8").unitPriceCents()).isEqualTo(320);
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(true, null, null, false));
	}

	@Test
	void aHeldOfferingKeepsWhenItsHoldBeganAndFollowsTheLatestPriceAsked() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 300, 10));
		apply(priced("BOLT-M8", "Bolt M8", beyondTheBound(300), 10));
		Instant heldSince = heldSince("BOLT-M8");
		this.clock.advance(Duration.ofMinutes(5));

		apply(priced("BOLT-M8", "Bolt M8", beyondTheBound(300) * 2, 10));
		apply(priced("NUT-M8", "Nut M8", 10, 10));

		assertThat(hold("BOLT-M8")).as("still held, absent from the last snapshot")
			.isEqualTo(new Hold(false, beyondTheBound(300) * 2, "EUR", true));
		assertThat(heldSince("BOLT-M8")).isEqualTo(heldSince);
		assertThat(this.offerings.get(this.manufacturer.id(), "BOLT-M8").unitPriceCents()).isEqualTo(300);
	}

	@Test
	void newOfferingsAreNotBoundedAndAPriceThatGoesDownApplies() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 3_000_000_000L, 10));
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(true, null, null, false));

		apply(priced("BOLT-M8", "Bolt M8", 1, 10));

		assertThat(this.offerings.get(this.manufacturer.id(), "BOLT-M8").unitPriceCents()).isEqualTo(1);
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(true, null, null, false));
	}

	@Test
	void aManufacturerComingBackAliveLeavesAHeldOfferingOffSale() {
		sellable();
		apply(priced("BOLT-M8", "Bolt M8", 300, 10), priced("NUT-M8", "Nut M8", 10, 10));
		apply(priced("BOLT-M8", "Bolt M8", beyondTheBound(300), 10), priced("NUT-M8", "Nut M8", 10, 10));

		this.sellability.set(this.manufacturer.id(), false);
		assertThat(hold("NUT-M8").onSale()).isFalse();
		this.sellability.set(this.manufacturer.id(), true);

		assertThat(hold("NUT-M8").onSale()).isTrue();
		assertThat(hold("BOLT-M8")).isEqualTo(new Hold(false, beyondTheBound(300), "EUR", true));
	}

	/**
	 * Not a bean, so not transactional by itself: applied in a transaction of the test's.
	 */
	private SnapshotReconciliation limitedTo(int maxOfferings) {
		return new SnapshotReconciliation(this.jdbcTemplate, this.events, this.retirement,
				new CatalogProperties(this.limits.retireAfter(), maxOfferings, this.limits.maxPriceRise()), this.clock,
				this.sellability, this.manufacturers, this.changes);
	}

	private ReconciledSnapshot apply(SnapshotReconciliation reconciliation, ProductOffering... products) {
		return new TransactionTemplate(this.transactionManager)
			.execute((status) -> reconciliation.apply(this.manufacturer.id(), List.of(products)));
	}

	/** Whether a transaction of the test's database waits for a lock another holds. */
	private boolean aTransactionWaitsForALock() {
		String database = this.jdbcTemplate
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		String waiting = "PostgreSQL".equals(database)
				? "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"
				: "select count(*) from information_schema.sessions where blocker_id is not null";
		return this.jdbc.sql(waiting).query(Long.class).single() > 0;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).as("the other pull got that far").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void sellable() {
		this.sellability.set(this.manufacturer.id(), true);
	}

	private long beyondTheBound(long cents) {
		return this.limits.maxPriceRise().multiply(BigDecimal.valueOf(cents)).longValueExact() + 1;
	}

	private static ProductOffering priced(String sku, String name, long cents, long available) {
		return new ProductOffering(sku, name, cents, "EUR", available, 0);
	}

	private Hold hold(String sku) {
		return this.jdbc.sql("""
				select on_sale, proposed_price_cents, proposed_currency, price_held_since is not null as held
				from offering where manufacturer_id = :m and sku = :sku""")
			.param("m", this.manufacturer.id())
			.param("sku", sku)
			.query((row,
					n) -> new Hold(row.getBoolean("on_sale"), (Long) row.getObject("proposed_price_cents", Long.class),
							(row.getString("proposed_currency") != null) ? row.getString("proposed_currency").strip()
									: null,
							row.getBoolean("held")))
			.single();
	}

	private Instant heldSince(String sku) {
		return this.jdbc.sql("select price_held_since from offering where manufacturer_id = :m and sku = :sku")
			.param("m", this.manufacturer.id())
			.param("sku", sku)
			.query((row, n) -> row.getObject("price_held_since", OffsetDateTime.class).toInstant())
			.single();
	}

	/** An offering's sale and hold as stored. */
	private record Hold(boolean onSale, Long proposedCents, String proposedCurrency, boolean held) {
	}

	private boolean isRetired(String sku) {
		return this.jdbc.sql("select retired_at is not null from offering where manufacturer_id = :m and sku = :sku")
			.param("m", this.manufacturer.id())
			.param("sku", sku)
			.query(Boolean.class)
			.single();
	}

	private long allOfferings() {
		return this.jdbc.sql("select count(*) from offering where manufacturer_id = :m")
			.param("m", this.manufacturer.id())
			.query(Long.class)
			.single();
	}

	private long liveOfferings() {
		return this.jdbc.sql("select count(*) from offering where manufacturer_id = :m and retired_at is null")
			.param("m", this.manufacturer.id())
			.query(Long.class)
			.single();
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
