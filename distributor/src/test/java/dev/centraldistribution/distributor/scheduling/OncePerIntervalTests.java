package dev.centraldistribution.distributor.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances, each with its own connection pool to the shared database, trigger the
 * same job: ShedLock lets it run once per interval.
 */
@SpringBootTest
class OncePerIntervalTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	HikariDataSource otherInstance;

	String lockName = "test-" + UUID.randomUUID();

	@BeforeEach
	void connectAnotherInstance() {
		HikariDataSource ours = (HikariDataSource) this.dataSource;
		this.otherInstance = new HikariDataSource();
		this.otherInstance.setJdbcUrl(ours.getJdbcUrl());
		this.otherInstance.setUsername(ours.getUsername());
		this.otherInstance.setPassword(ours.getPassword());
		this.otherInstance.setMaximumPoolSize(2);
	}

	@AfterEach
	void disconnectAndUnlock() {
		this.otherInstance.close();
		this.jdbc.sql("delete from shedlock where name = :name").param("name", this.lockName).update();
	}

	@Test
	void instancesTriggeringTogetherRunTheJobOnce() throws Exception {
		List<OncePerInterval> instances = List.of(instance(this.dataSource, Duration.ofMinutes(1)),
				instance(this.otherInstance, Duration.ofMinutes(1)));
		AtomicInteger runs = new AtomicInteger();
		CyclicBarrier together = new CyclicBarrier(instances.size());
		ExecutorService threads = Executors.newFixedThreadPool(instances.size());
		try {
			List<Future<Integer>> ran = instances.stream().map((instance) -> threads.submit(() -> {
				together.await(1, TimeUnit.MINUTES);
				int count = 0;
				for (int attempt = 0; attempt < 10; attempt++) {
					count += instance.runIfDue(runs::incrementAndGet) ? 1 : 0;
				}
				return count;
			})).toList();

			int reported = 0;
			for (Future<Integer> count : ran) {
				reported += count.get(1, TimeUnit.MINUTES);
			}
			assertThat(runs).hasValue(1);
			assertThat(reported).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theNextIntervalRunsAgainOnAnyInstance() {
		Duration lockAtLeastFor = Duration.ofMillis(500);
		OncePerInterval first = instance(this.dataSource, lockAtLeastFor);
		OncePerInterval second = instance(this.otherInstance, lockAtLeastFor);
		Instant beforeFirstRun = Instant.now();
		assertThat(first.runIfDue(() -> {
		})).isTrue();

		AtomicReference<Instant> secondRun = new AtomicReference<>();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> second.runIfDue(() -> secondRun.set(Instant.now())));

		// The lock is taken in database time after beforeFirstRun and held at least
		// lockAtLeastFor; a millisecond allows for the timestamp precisions.
		assertThat(Duration.between(beforeFirstRun, secondRun.get()))
			.isGreaterThanOrEqualTo(lockAtLeastFor.minusMillis(1));
	}

	private OncePerInterval instance(DataSource dataSource, Duration lockAtLeastFor) {
		return new OncePerInterval(OncePerInterval.locksOn(dataSource), new LockedJob("Test job", this.lockName,
				"test-job-", Duration.ZERO, Duration.ofHours(1), Duration.ofMinutes(5), lockAtLeastFor));
	}

}
