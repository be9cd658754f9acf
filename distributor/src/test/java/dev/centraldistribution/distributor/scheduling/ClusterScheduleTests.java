package dev.centraldistribution.distributor.scheduling;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * The schedule around a locked job: once for two instances on one database, on its own
 * named thread, alive after a failed run, and letting a running job finish on shutdown.
 */
class ClusterScheduleTests {

	private static final String URL = "jdbc:h2:mem:scheduling-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	@BeforeAll
	static void migrate() {
		Flyway.configure().dataSource(URL, "sa", "").load().migrate();
	}

	@Test
	void twoInstancesStartingTogetherRunTheJobOnce() {
		LockedJob job = job(Duration.ofHours(1), Duration.ofMinutes(59));
		AtomicInteger runs = new AtomicInteger();
		ClusterSchedule first = ClusterSchedule.onSharedDatabase(instance(), job, runs::incrementAndGet);
		ClusterSchedule second = ClusterSchedule.onSharedDatabase(instance(), job, runs::incrementAndGet);
		first.start();
		second.start();
		try {
			await().atMost(Duration.ofMinutes(1)).until(() -> first.attempts() >= 1 && second.attempts() >= 1);

			assertThat(runs).hasValue(1);
			assertThat(first.runs() + second.runs()).isEqualTo(1);
		}
		finally {
			first.stop();
			second.stop();
		}
	}

	@Test
	void runsOnItsOwnNamedThread() {
		AtomicReference<String> thread = new AtomicReference<>();
		ClusterSchedule schedule = new ClusterSchedule(noOtherInstance(), job(Duration.ofHours(1), Duration.ZERO),
				() -> thread.set(Thread.currentThread().getName()));
		schedule.start();
		try {
			await().atMost(Duration.ofMinutes(1)).until(() -> schedule.runs() >= 1);
		}
		finally {
			schedule.stop();
		}
		assertThat(thread.get()).startsWith("test-job-");
	}

	@Test
	void aFailedRunDoesNotStopTheSchedule() {
		AtomicInteger calls = new AtomicInteger();
		ClusterSchedule schedule = new ClusterSchedule(noOtherInstance(), job(Duration.ofMillis(10), Duration.ZERO),
				() -> {
					if (calls.incrementAndGet() == 1) {
						throw new IllegalStateException("first run fails");
					}
				});
		schedule.start();
		try {
			await().atMost(Duration.ofMinutes(1)).until(() -> schedule.runs() >= 2);
		}
		finally {
			schedule.stop();
		}
		assertThat(calls.get()).isGreaterThan((int) schedule.runs());
		assertThat(schedule.attempts()).isGreaterThan(schedule.runs());
	}

	@Test
	void stoppingLetsARunningJobFinish() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean finished = new AtomicBoolean();
		ClusterSchedule schedule = new ClusterSchedule(noOtherInstance(), job(Duration.ofHours(1), Duration.ZERO),
				() -> {
					started.countDown();
					try {
						// Blocks like a download: an interrupt would end it unfinished.
						finished.set(release.await(1, TimeUnit.MINUTES));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				});
		schedule.start();
		assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

		Thread stopping = new Thread(schedule::stop);
		stopping.start();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> stopping.getState() == Thread.State.TIMED_WAITING
					|| stopping.getState() == Thread.State.TERMINATED);
		release.countDown();
		stopping.join(Duration.ofMinutes(1).toMillis());

		assertThat(stopping.isAlive()).isFalse();
		assertThat(finished).as("the running job finished").isTrue();
	}

	@Test
	void refusesToHoldTheLockLongerThanACrashedInstanceMayKeepIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LockedJob("Test job", "test", "test-job-", Duration.ZERO, Duration.ofMinutes(1),
					Duration.ofMinutes(1), Duration.ofMinutes(1).plusMillis(1)))
			.withMessageContaining("lockAtLeastFor");
	}

	private static LockedJob job(Duration interval, Duration lockAtLeastFor) {
		return new LockedJob("Test job", "test-" + UUID.randomUUID(), "test-job-", Duration.ZERO, interval,
				Duration.ofHours(2), lockAtLeastFor);
	}

	private static DataSource instance() {
		return new SimpleDriverDataSource(new org.h2.Driver(), URL, "sa", "");
	}

	/** A lock that is always free, for what happens on one instance. */
	private static LockingTaskExecutor noOtherInstance() {
		return new DefaultLockingTaskExecutor((lock) -> Optional.of(() -> {
		}));
	}

}
