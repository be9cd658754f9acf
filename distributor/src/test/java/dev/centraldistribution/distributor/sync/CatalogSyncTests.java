package dev.centraldistribution.distributor.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.centraldistribution.contracts.ProductOffering;
import dev.centraldistribution.distributor.ManufacturerStub;
import dev.centraldistribution.distributor.TestClock;
import dev.centraldistribution.distributor.adapters.AnsweredPurchases;
import dev.centraldistribution.distributor.adapters.HostileProducts;
import dev.centraldistribution.distributor.adapters.RejectionReason;
import dev.centraldistribution.distributor.OfferingRows;
import dev.centraldistribution.distributor.Snapshots;
import dev.centraldistribution.distributor.catalog.SnapshotReconciliation;
import dev.centraldistribution.distributor.manufacturers.Manufacturer;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealth;
import dev.centraldistribution.distributor.manufacturers.ManufacturerHealthTracker;
import dev.centraldistribution.distributor.manufacturers.ManufacturerRegistry;
import dev.centraldistribution.distributor.manufacturers.ManufacturerState;
import dev.centraldistribution.distributor.manufacturers.ManufacturerStateChanged;
import dev.centraldistribution.distributor.manufacturers.TestManufacturers;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import static dev.centraldistribution.distributor.Snapshots.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pulls over real HTTP from stub manufacturers: a manufacturer that fails in any way is
 * marked unhealthy and stale, keeps its previous offerings, and never stops the others.
 */
@SpringBootTest
class CatalogSyncTests {

	/**
	 * Small size limits so that the hostile cases are quick; a deadline that a healthy
	 * stub on a busy machine still meets.
	 */
	static final SyncProperties LIMITS = new SyncProperties(false, Duration.ofSeconds(10), Duration.ZERO,
			Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofKilobytes(64), 50, 4, Duration.ofMinutes(5), true,
			Duration.ofMinutes(1));

	@Autowired
	ManufacturerDirectory directory;

	@Autowired
	ManufacturerHealthTracker health;

	@Autowired
	ManufacturerRegistry registry;

	@Autowired
	SnapshotReconciliation reconciliation;

	@Autowired
	AnsweredPurchases answered;

	@Autowired
	MeterRegistry meters;

	@Autowired
	CatalogSync catalogSync;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster events;

	CatalogSync sync;

	OfferingRows offerings;

	List<ManufacturerStub> stubs = new ArrayList<>();

	List<CatalogSync> syncs = new ArrayList<>();

	List<String> codes = new ArrayList<>();

	static boolean warmedUp;

	@BeforeEach
	void createSync() {
		this.sync = new CatalogSync(this.directory, this.health, this.reconciliation, this.answered, LIMITS,
				this.meters, Clock.systemUTC());
		this.syncs.add(this.sync);
		this.offerings = new OfferingRows(this.jdbc);
		warmUp();
	}

	/**
	 * The first pull in a JVM loads and compiles the HTTP client, the JSON reader and the
	 * statements: seconds on a busy machine. Paid once here, it never races a deadline.
	 */
	private void warmUp() {
		if (!warmedUp) {
			ManufacturerStub stub = stub();
			Manufacturer manufacturer = register(stub);
			stub.serve(Snapshots.of(manufacturer.code(), product("WARM-UP", 1)));
			this.sync.pull(List.of(manufacturer));
			warmedUp = true;
		}
	}

	@AfterEach
	void stopStubsAndDeleteManufacturers() {
		this.stubs.forEach(ManufacturerStub::close);
		this.syncs.forEach(CatalogSync::close);
		TestManufacturers.delete(this.jdbc, this.codes);
	}

	@Test
	void pullAllAppliesEveryManufacturersSnapshot() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serve(Snapshots.of(acme.code(), product("BOLT-M8", 10), product("NUT-M8", 4, 0)));

		SyncSummary summary = this.catalogSync.pullAll();

		ManufacturerPull pull = summary.manufacturer(acme.code()).orElseThrow();
		assertThat(pull.synced()).isTrue();
		assertThat(pull.offeringsApplied()).isEqualTo(2);
		assertThat(pull.error()).isNull();
		assertThat(this.offerings.get(acme.id(), "BOLT-M8").available()).isEqualTo(10);
		assertThat(this.offerings.get(acme.id(), "NUT-M8").available()).isEqualTo(4);
		ManufacturerHealth health = this.directory.health(acme.code()).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.lastSyncedAt()).isNotNull();
		assertThat(this.meters.get(SyncMetrics.PULL)
			.tags("manufacturer", acme.code(), "outcome", "synced")
			.timer()
			.count()).isEqualTo(1);
	}

	static Stream<Arguments> failures() {
		return Stream.of(
				failure("times out", (stub, code) -> stub.hang(), "timeout", "no complete answer within 5000 ms"),
				failure("stalls in the body", (stub, code) -> stub.stallAfterHeaders(), "timeout",
						"no complete answer within 5000 ms"),
				failure("answers 500", (stub, code) -> stub.serveStatus(500), "http-status", "HTTP status 500"),
				failure("redirects", (stub, code) -> stub.serveStatus(302), "http-status", "HTTP status 302"),
				failure("answers broken JSON", (stub, code) -> stub.serveJson("{\"schemaVersion\": 1, \"products\": ["),
						"malformed-json", "malformed JSON at line 1"),
				failure("answers an HTML page",
						(stub, code) -> stub.serveJson("<html><script>alert(1)</script></html>"), "malformed-json",
						"malformed JSON at line 1"),
				failure("streams a huge body",
						(stub, code) -> stub.serveOversizedBody(DataSize.ofMegabytes(50).toBytes(), false), "too-large",
						"response larger than 65536 bytes"),
				failure("declares a huge body",
						(stub, code) -> stub.serveOversizedBody(DataSize.ofMegabytes(50).toBytes(), true), "too-large",
						"response larger than 65536 bytes"),
				failure("speaks another schema version",
						(stub, code) -> stub.serveJson(
								"{\"schemaVersion\": 2, \"manufacturerCode\": \"" + code + "\", \"products\": []}"),
						"unsupported-schema", "unsupported schemaVersion 2"),
				failure("claims to be another manufacturer",
						(stub, code) -> stub.serve(Snapshots.of("globex", product("BOLT-M8", 500))),
						"wrong-manufacturer", "snapshot is for manufacturer \"globex\""),
				failure("lists too many products", (stub, code) -> stub.serve(Snapshots.of(code, products(51))),
						"too-many-products", "lists 51 products, at most 50"),
				failure("lists only invalid products",
						(stub, code) -> stub.serve(Snapshots.of(code, product("BOLT-M8", -5))), "no-valid-products",
						"all 1 products rejected"));
	}

	@ParameterizedTest(name = "a manufacturer that {0}")
	@MethodSource("failures")
	void aFailingManufacturerIsMarkedStaleAndTheOthersStillSync(BiConsumer<ManufacturerStub, String> misbehave,
			String reason, String error) {
		ManufacturerStub badStub = stub();
		Manufacturer bad = register(badStub);
		badStub.serve(Snapshots.of(bad.code(), product("BOLT-M8", 10)));
		assertThat(this.sync.pull(List.of(bad)).synced()).isEqualTo(1);
		ManufacturerStub goodStub = stub();
		Manufacturer good = register(goodStub);
		goodStub.serve(Snapshots.of(good.code(), product("BOLT-M8", 7)));
		misbehave.accept(badStub, bad.code());

		SyncSummary summary = this.sync.pull(List.of(bad, good));

		ManufacturerPull badPull = summary.manufacturer(bad.code()).orElseThrow();
		assertThat(badPull.synced()).isFalse();
		assertThat(badPull.error()).contains(error);
		ManufacturerHealth badHealth = this.directory.health(bad.code()).orElseThrow();
		assertThat(badHealth.healthy()).isFalse();
		assertThat(badHealth.staleSince()).isNotNull();
		assertThat(badHealth.lastError()).contains(error);
		assertThat(badHealth.consecutiveFailures()).isEqualTo(1);
		assertThat(this.offerings.get(bad.id(), "BOLT-M8").available()).as("previous offerings kept").isEqualTo(10);
		assertThat(this.meters.get(SyncMetrics.FAILURES)
			.tags("manufacturer", bad.code(), "reason", reason)
			.counter()
			.count()).isEqualTo(1);

		assertThat(summary.manufacturer(good.code()).orElseThrow().synced()).isTrue();
		assertThat(this.directory.health(good.code()).orElseThrow().healthy()).isTrue();
		assertThat(this.offerings.get(good.id(), "BOLT-M8").available()).isEqualTo(7);
	}

	@Test
	void anUnreachableManufacturerIsMarkedStale() {
		ManufacturerStub closed = stub();
		Manufacturer gone = register(closed);
		closed.close();

		SyncSummary summary = this.sync.pull(List.of(gone));

		assertThat(summary.failed()).isEqualTo(1);
		ManufacturerHealth health = this.directory.health(gone.code()).orElseThrow();
		assertThat(health.healthy()).isFalse();
		assertThat(health.lastError()).isEqualTo("connection failed");
	}

	@Test
	void aManufacturerThatComesBackIsHealthyAgain() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveStatus(503);
		this.sync.pull(List.of(acme));
		this.sync.pull(List.of(acme));
		assertThat(this.directory.health(acme.code()).orElseThrow().consecutiveFailures()).isEqualTo(2);

		stub.serve(Snapshots.of(acme.code(), product("BOLT-M8", 3)));
		SyncSummary summary = this.sync.pull(List.of(acme));

		assertThat(summary.synced()).isEqualTo(1);
		ManufacturerHealth health = this.directory.health(acme.code()).orElseThrow();
		assertThat(health.healthy()).isTrue();
		assertThat(health.staleSince()).isNull();
		assertThat(health.lastError()).isNull();
		assertThat(health.consecutiveFailures()).isZero();
		assertThat(this.offerings.get(acme.id(), "BOLT-M8").available()).isEqualTo(3);
	}

	@Test
	void aNewManufacturerComesAliveBeforeItsSnapshotIsWrittenSoItsOfferingsAreInsertedOnSale() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serve(Snapshots.of(acme.code(), product("BOLT-M8", 3), product("NUT-M8", 5)));
		List<Long> offeringsWhenAlive = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> countOfferingsWhenAlive = (event) -> {
			if (event instanceof PayloadApplicationEvent<?> published
					&& published.getPayload() instanceof ManufacturerStateChanged change
					&& change.code().equals(acme.code()) && change.to() == ManufacturerState.ALIVE) {
				offeringsWhenAlive.add(countOfferings(acme, ""));
			}
		};
		this.events.addApplicationListener(countOfferingsWhenAlive);
		try {
			assertThat(this.sync.pull(List.of(acme)).synced()).isEqualTo(1);
		}
		finally {
			this.events.removeApplicationListener(countOfferingsWhenAlive);
		}

		assertThat(offeringsWhenAlive).containsExactly(0L);
		assertThat(countOfferings(acme, " and on_sale = true")).isEqualTo(2);
	}

	private long countOfferings(Manufacturer manufacturer, String condition) {
		return this.jdbc.sql("select count(*) from offering where manufacturer_id = :id" + condition)
			.param("id", manufacturer.id())
			.query(Long.class)
			.single();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dev.centraldistribution.distributor.adapters.HostileProducts#cases")
	void anInvalidProductIsLeftOutAndCountedWhileTheRestApplies(String entries, List<RejectionReason> reasons) {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveJson(HostileProducts.snapshot(acme.code(), HostileProducts.GOOD + ", " + entries));

		ManufacturerPull pull = this.sync.pull(List.of(acme)).manufacturer(acme.code()).orElseThrow();

		assertThat(pull.synced()).isTrue();
		assertThat(pull.offeringsApplied()).isEqualTo(1);
		assertThat(pull.productsRejected()).isEqualTo(reasons.size());
		assertThat(this.directory.health(acme.code()).orElseThrow().healthy()).isTrue();
		assertThat(this.offerings.get(acme.id(), "GOOD-1").available()).isEqualTo(5);
		assertThat(offeringCount(acme)).as("only the valid product is on offer").isEqualTo(1);
		for (RejectionReason reason : reasons.stream().distinct().toList()) {
			assertThat(this.meters.get(SyncMetrics.REJECTED_PRODUCTS)
				.tags("manufacturer", acme.code(), "reason", reason.tag())
				.counter()
				.count()).isEqualTo(reasons.stream().filter(reason::equals).count());
		}
	}

	@Test
	void invalidProductsAreLeftOutAndCountedAndTheRestApplies() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serve(Snapshots.of(acme.code(), product("BOLT-M8", 10), product("NUT-M8", 10)));
		this.sync.pull(List.of(acme));
		stub.serveJson("""
				{"schemaVersion": 1, "manufacturerCode": "%s", "products": [
				 {"sku": "BOLT-M8", "name": "<script>alert('x')</script>\\u0000Bolt", "unitPriceCents": 990,
				  "currency": "EUR", "available": 8, "appliedTotal": 0},
				 {"sku": "NUT-M8", "name": "Nut", "unitPriceCents": 10, "currency": "EUR", "available": -4,
				  "appliedTotal": 0},
				 {"sku": "WASHER", "name": "Washer", "unitPriceCents": -1, "currency": "EUR", "available": 4,
				  "appliedTotal": 0},
				 {"sku": "SPRING", "name": "Spring", "unitPriceCents": 100, "currency": "EUR", "available": 2,
				  "appliedTotal": 0}]}""".formatted(acme.code()));

		SyncSummary summary = this.sync.pull(List.of(acme));

		ManufacturerPull pull = summary.manufacturer(acme.code()).orElseThrow();
		assertThat(pull.synced()).isTrue();
		assertThat(pull.offeringsApplied()).isEqualTo(2);
		assertThat(pull.productsRejected()).isEqualTo(2);
		OfferingRows.Row bolt = this.offerings.get(acme.id(), "BOLT-M8");
		assertThat(bolt.productName()).isEqualTo("<script>alert('x')</script> Bolt");
		assertThat(bolt.available()).isEqualTo(8);
		assertThat(this.offerings.get(acme.id(), "NUT-M8").available()).as("what we cannot read we cannot sell")
			.isZero();
		assertThat(this.offerings.find(acme.id(), "WASHER")).isEmpty();
		assertThat(this.offerings.get(acme.id(), "SPRING").available()).isEqualTo(2);
		assertThat(this.directory.health(acme.code()).orElseThrow().healthy()).isTrue();
		assertThat(this.meters.get(SyncMetrics.REJECTED_PRODUCTS)
			.tags("manufacturer", acme.code(), "reason", "quantity-out-of-range")
			.counter()
			.count()).isEqualTo(1);
		assertThat(this.meters.get(SyncMetrics.REJECTED_PRODUCTS)
			.tags("manufacturer", acme.code(), "reason", "price-out-of-range")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void oneSlowManufacturerDoesNotHoldBackTheOthers() {
		List<Manufacturer> manufacturers = new ArrayList<>();
		ManufacturerStub slowStub = stub().hang();
		Manufacturer slow = register(slowStub);
		manufacturers.add(slow);
		for (int i = 0; i < 6; i++) {
			ManufacturerStub stub = stub();
			Manufacturer manufacturer = register(stub);
			stub.serve(Snapshots.of(manufacturer.code(), product("BOLT-M8", i)));
			manufacturers.add(manufacturer);
		}

		SyncSummary summary = this.sync.pull(manufacturers);

		assertThat(summary.synced()).isEqualTo(6);
		assertThat(summary.manufacturer(slow.code()).orElseThrow().synced()).isFalse();
		assertThat(summary.manufacturers()).extracting(ManufacturerPull::manufacturerCode)
			.containsExactlyElementsOf(manufacturers.stream().map(Manufacturer::code).toList());
	}

	@Test
	void eachSnapshotIsAppliedAsItArrivesWhileASlowManufacturerHasNotAnswered() throws Exception {
		CatalogSync sync = patientSync();
		ManufacturerStub slowStub = stub().hang();
		Manufacturer slow = register(slowStub);
		ManufacturerStub fastStub = stub();
		Manufacturer fast = register(fastStub);
		fastStub.serve(Snapshots.of(fast.code(), product("BOLT-M8", 4)));
		ExecutorService caller = Executors.newSingleThreadExecutor();
		try {
			Future<SyncSummary> pull = caller.submit(() -> sync.pull(List.of(slow, fast)));

			Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> this.offerings.find(fast.id(), "BOLT-M8").isPresent());
			assertThat(pull).as("the pull of all still waits for the slow one").isNotDone();

			slowStub.serve(Snapshots.of(slow.code(), product("BOLT-M8", 1)));
			assertThat(pull.get(30, TimeUnit.SECONDS).manufacturer(fast.code()).orElseThrow().synced()).isTrue();
		}
		finally {
			caller.shutdownNow();
		}
	}

	@Test
	void theNextScheduledRoundPullsTheOthersAgainWhileASlowManufacturerHasNotAnswered() throws Exception {
		CatalogSync sync = patientSync();
		ManufacturerStub slowStub = stub().hang();
		Manufacturer slow = register(slowStub);
		ManufacturerStub fastStub = stub();
		Manufacturer fast = register(fastStub);
		fastStub.serve(Snapshots.of(fast.code(), product("BOLT-M8", 1)));
		List<Manufacturer> both = List.of(slow, fast);
		ExecutorService scheduler = Executors.newSingleThreadExecutor();
		try {
			// A round returns at once: the schedule's next one is an interval later.
			scheduler.submit(() -> sync.startPulls(both)).get(30, TimeUnit.SECONDS);
			awaitAvailable(fast, 1);

			fastStub.serve(Snapshots.of(fast.code(), product("BOLT-M8", 2)));
			scheduler.submit(() -> sync.startPulls(both)).get(30, TimeUnit.SECONDS);
			awaitAvailable(fast, 2);

			assertThat(slowStub.requests()).as("the slow one, still being pulled, is not asked again").isEqualTo(1);
			assertThat(this.offerings.find(slow.id(), "BOLT-M8")).isEmpty();

			slowStub.serve(Snapshots.of(slow.code(), product("BOLT-M8", 3)));
			assertThat(sync.pull(List.of(slow)).synced()).isEqualTo(1);
			assertThat(this.offerings.get(slow.id(), "BOLT-M8").available()).isEqualTo(3);
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void aPullAskedForDuringAnotherWaitsForItThenPullsAnew() throws Exception {
		ManufacturerStub stub = stub().hang();
		Manufacturer manufacturer = register(stub);
		ExecutorService callers = Executors.newFixedThreadPool(2);
		try {
			Future<SyncSummary> first = callers.submit(() -> this.sync.pull(List.of(manufacturer)));
			Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> stub.requests() == 1);
			Future<SyncSummary> second = callers.submit(() -> this.sync.pull(List.of(manufacturer)));
			Thread.sleep(300);
			assertThat(stub.requests()).as("requests while the first pull still runs").isEqualTo(1);
			assertThat(second).isNotDone();

			stub.serve(Snapshots.of(manufacturer.code(), product("BOLT-M8", 3)));

			// The HTTP client retries a GET whose connection dropped, so the first pull
			// may end either way; the second starts only once it has.
			first.get(10, TimeUnit.SECONDS);
			assertThat(second.get(10, TimeUnit.SECONDS).synced()).isEqualTo(1);
			assertThat(stub.requests()).isGreaterThanOrEqualTo(2);
			assertThat(this.offerings.get(manufacturer.id(), "BOLT-M8").available()).isEqualTo(3);
		}
		finally {
			callers.shutdownNow();
		}
	}

	/**
	 * A sync that waits a minute for an answer, so that only the test ends a slow pull.
	 */
	private CatalogSync patientSync() {
		SyncProperties patient = new SyncProperties(false, LIMITS.interval(), Duration.ZERO, LIMITS.connectTimeout(),
				Duration.ofMinutes(1), LIMITS.maxResponseSize(), LIMITS.maxProducts(), LIMITS.parallelism(),
				Duration.ofMinutes(5), true, Duration.ofMinutes(1));
		CatalogSync sync = new CatalogSync(this.directory, this.health, this.reconciliation, this.answered, patient,
				this.meters, Clock.systemUTC());
		this.syncs.add(sync);
		return sync;
	}

	private void awaitAvailable(Manufacturer manufacturer, long available) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.offerings.find(manufacturer.id(), "BOLT-M8")
				.map((row) -> row.available() == available)
				.orElse(false));
	}

	private int offeringCount(Manufacturer manufacturer) {
		return this.jdbc.sql("select count(*) from offering where manufacturer_id = :id")
			.param("id", manufacturer.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void anUnchangedManufacturerAnswersNotModifiedAndItsOfferingsStayAsTheyAre() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 10)), "\"a\"");
		this.sync.pull(List.of(acme));
		Instant firstPull = this.directory.health(acme.code()).orElseThrow().lastSyncedAt();

		ManufacturerPull unchanged = this.sync.pull(List.of(acme)).manufacturer(acme.code()).orElseThrow();

		assertThat(stub.ifNoneMatchReceived()).containsExactly("none", "\"a\"");
		assertThat(unchanged.synced()).isTrue();
		assertThat(unchanged.offeringsApplied()).isZero();
		assertThat(this.offerings.get(acme.id(), "BOLT-M8").available()).isEqualTo(10);
		assertThat(this.directory.health(acme.code()).orElseThrow().lastSyncedAt()).as("a pull that succeeded")
			.isAfterOrEqualTo(firstPull);
		assertThat(this.meters.get(SyncMetrics.PULL)
			.tags("manufacturer", acme.code(), "outcome", "unchanged")
			.timer()
			.count()).isEqualTo(1);

		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 7)), "\"b\"");
		this.sync.pull(List.of(acme));
		assertThat(this.offerings.get(acme.id(), "BOLT-M8").available()).as("a changed snapshot applies").isEqualTo(7);
		this.sync.pull(List.of(acme));
		assertThat(stub.ifNoneMatchReceived()).containsExactly("none", "\"a\"", "\"a\"", "\"b\"");
	}

	@Test
	void aFailedPullForgetsTheTagAndTheNextOneReadsTheWholeSnapshot() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 10)), "\"a\"");
		this.sync.pull(List.of(acme));
		stub.serveStatus(500);
		this.sync.pull(List.of(acme));
		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 10)), "\"a\"");

		this.sync.pull(List.of(acme));

		assertThat(stub.ifNoneMatchReceived()).containsExactly("none", "\"a\"", "none");
		assertThat(this.directory.health(acme.code()).orElseThrow().healthy()).isTrue();
	}

	@Test
	void aWholeSnapshotIsReadAtLeastOnceAFullPullInterval() {
		TestClock clock = new TestClock();
		CatalogSync sync = new CatalogSync(this.directory, this.health, this.reconciliation, this.answered, LIMITS,
				this.meters, clock);
		this.syncs.add(sync);
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 10)), "\"a\"");
		sync.pull(List.of(acme));
		sync.pull(List.of(acme));
		clock.advance(LIMITS.fullPullInterval());

		sync.pull(List.of(acme));
		sync.pull(List.of(acme));

		assertThat(stub.ifNoneMatchReceived()).containsExactly("none", "\"a\"", "none", "\"a\"");
	}

	@Test
	void aSnapshotWithProductsLeftOutIsNotOneToAskWithAgain() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveTagged(Snapshots.of(acme.code(), product("BOLT-M8", 10), product("NUT-M8", -5)), "\"a\"");

		this.sync.pull(List.of(acme));
		this.sync.pull(List.of(acme));

		assertThat(stub.ifNoneMatchReceived()).containsExactly("none", "none");
	}

	@Test
	void notModifiedToAPlainRequestIsAFailedPull() {
		ManufacturerStub stub = stub();
		Manufacturer acme = register(stub);
		stub.serveStatus(304);

		ManufacturerPull pull = this.sync.pull(List.of(acme)).manufacturer(acme.code()).orElseThrow();

		assertThat(pull.synced()).isFalse();
		assertThat(pull.error()).isEqualTo("HTTP status 304 to a plain GET");
	}

	private ManufacturerStub stub() {
		ManufacturerStub stub = ManufacturerStub.start();
		this.stubs.add(stub);
		return stub;
	}

	private Manufacturer register(ManufacturerStub stub) {
		Manufacturer manufacturer = TestManufacturers.register(this.registry, "sync", stub.baseUrl());
		this.codes.add(manufacturer.code());
		return manufacturer;
	}

	private static Arguments failure(String name, BiConsumer<ManufacturerStub, String> misbehave, String reason,
			String error) {
		return Arguments.of(Named.of(name, misbehave), reason, error);
	}

	private static List<ProductOffering> products(int count) {
		return IntStream.range(0, count).mapToObj((i) -> product("SKU-" + i, 1)).toList();
	}

}
