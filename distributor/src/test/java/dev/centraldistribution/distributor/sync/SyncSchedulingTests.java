package dev.centraldistribution.distributor.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;

/**
 * The wiring of the scheduled pull: only when enabled, with valid settings, and once for
 * two instances on one database.
 */
class SyncSchedulingTests {

	private static final String URL = "jdbc:h2:mem:scheduling-" + UUID.randomUUID()
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
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ScheduledPulls.class));
	}

	@Test
	void twoInstancesStartingTogetherPullOnce() {
		this.instance.withPropertyValues("distributor.sync.enabled=true").run((first) -> {
			this.instance.withPropertyValues("distributor.sync.enabled=true").run((second) -> {
				ScheduledPulls firstPulls = first.getBean(ScheduledPulls.class);
				ScheduledPulls secondPulls = second.getBean(ScheduledPulls.class);
				await().atMost(Duration.ofMinutes(1))
					.until(() -> firstPulls.attempts() >= 1 && secondPulls.attempts() >= 1);

				assertThat(firstPulls.runs() + secondPulls.runs()).isEqualTo(1);
				long pullCalls = mockingDetails(first.getBean(CatalogSync.class)).getInvocations().size()
						+ mockingDetails(second.getBean(CatalogSync.class)).getInvocations().size();
				assertThat(pullCalls).isEqualTo(1);
			});
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
	void stoppingLetsARunningPullFinish() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		OncePerInterval noOtherInstance = new OncePerInterval(
				new DefaultLockingTaskExecutor((lock) -> Optional.of(() -> {
				})), "test", Duration.ofMinutes(2), Duration.ofMinutes(1));
		ScheduledPulls pulls = new ScheduledPulls(noOtherInstance, () -> {
			started.countDown();
			try {
				// Blocks like a download: an interrupt would end it unfinished.
				finished.set(release.await(1, TimeUnit.MINUTES));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, Duration.ZERO, Duration.ofHours(1));
		pulls.start();
		assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

		Thread stopping = new Thread(pulls::stop);
		stopping.start();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> stopping.getState() == Thread.State.TIMED_WAITING
					|| stopping.getState() == Thread.State.TERMINATED);
		release.countDown();
		stopping.join(Duration.ofMinutes(1).toMillis());

		assertThat(stopping.isAlive()).isFalse();
		assertThat(finished).as("the running pull finished").isTrue();
	}

	@Test
	void holdsTheLockSlightlyLessThanAnInterval() {
		assertThat(properties(Duration.ofSeconds(10)).lockAtLeastFor()).isEqualTo(Duration.ofSeconds(9));
		assertThat(properties(Duration.ofMinutes(1)).lockAtLeastFor()).isEqualTo(Duration.ofSeconds(59));
		assertThat(properties(Duration.ofMillis(500)).lockAtLeastFor()).isEqualTo(Duration.ofMillis(450));
	}

	private static SyncProperties properties(Duration interval) {
		return new SyncProperties(true, interval, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
				CatalogSyncTests.LIMITS.maxResponseSize(), 10, 1, Duration.ofHours(1));
	}

}
