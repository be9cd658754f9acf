package dev.centraldistribution.distributor.sync;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The wiring of the scheduled pull: only when enabled, with valid settings, pulling the
 * catalog under the sync's lock. How the lock shares the runs between instances is proven
 * in the scheduling package.
 */
class SyncSchedulingTests {

	private static final String URL = "jdbc:h2:mem:sync-scheduling-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	private final ApplicationContextRunner instance = new ApplicationContextRunner()
		.withUserConfiguration(SyncScheduling.class)
		.withBean(DataSource.class, () -> new SimpleDriverDataSource(new org.h2.Driver(), URL, "sa", ""))
		.withBean(CatalogSync.class, () -> mock(CatalogSync.class))
		.withPropertyValues("distributor.sync.initial-delay=0s", "distributor.sync.interval=1h",
				"distributor.sync.lock-at-most-for=2h");

	@BeforeAll
	static void migrate() {
		Flyway.configure().dataSource(URL, "sa", "").load().migrate();
	}

	@Test
	void nothingIsScheduledWhenDisabled() {
		this.instance.withPropertyValues("distributor.sync.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ClusterSchedule.class));
	}

	@Test
	void whenEnabledTheCatalogIsPulledUnderTheSyncLock() {
		this.instance.withPropertyValues("distributor.sync.enabled=true").run((context) -> {
			ClusterSchedule pulls = context.getBean(ClusterSchedule.class);
			assertThat(pulls.job()).isEqualTo(new LockedJob("Catalog pull", "catalog-sync", "catalog-sync-",
					Duration.ZERO, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(1).minusSeconds(1)));
			// The first pull waits for the application to be ready, however short its
			// initial delay.
			assertThat(pulls.attempts()).isZero();
			context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
					context.getSourceApplicationContext(), Duration.ZERO));
			await().atMost(Duration.ofMinutes(1)).until(() -> pulls.runs() >= 1);

			verify(context.getBean(CatalogSync.class), times(1)).startPulls();
		});
	}

	@Test
	void refusesALockThatCouldExpireWithinAnInterval() {
		this.instance
			.withPropertyValues("distributor.sync.enabled=true", "distributor.sync.interval=10m",
					"distributor.sync.lock-at-most-for=5m")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void holdsTheLockSlightlyLessThanAnInterval() {
		assertThat(properties(Duration.ofSeconds(10)).lockAtLeastFor()).isEqualTo(Duration.ofSeconds(9));
		assertThat(properties(Duration.ofMinutes(1)).lockAtLeastFor()).isEqualTo(Duration.ofSeconds(59));
		assertThat(properties(Duration.ofMillis(500)).lockAtLeastFor()).isEqualTo(Duration.ofMillis(450));
	}

	private static SyncProperties properties(Duration interval) {
		return new SyncProperties(true, interval, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
				CatalogSyncTests.LIMITS.maxResponseSize(), 10, 1, Duration.ofHours(1), true, Duration.ofMinutes(1));
	}

}
