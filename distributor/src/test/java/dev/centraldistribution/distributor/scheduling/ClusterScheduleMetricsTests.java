package dev.centraldistribution.distributor.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClusterScheduleMetricsTests {

	private final AtomicBoolean lockFree = new AtomicBoolean(true);

	private final LockProvider locks = (configuration) -> this.lockFree.get() ? Optional.of(() -> {
	}) : Optional.empty();

	@Test
	void countsTheRunsThisInstanceWonAndEveryAttemptPerJob() {
		new ApplicationContextRunner().withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withBean("pulls", ClusterSchedule.class,
					() -> new ClusterSchedule(new DefaultLockingTaskExecutor(this.locks), job("catalog-sync"), () -> {
					}))
			.withBean(ClusterScheduleMetrics.class)
			.run((context) -> {
				ClusterSchedule pulls = context.getBean(ClusterSchedule.class);
				pulls.runIfDue();
				this.lockFree.set(false);
				pulls.runIfDue();
				pulls.runIfDue();

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(
						meters.get("distributor.scheduled.runs").tag("job", "catalog-sync").functionCounter().count())
					.isEqualTo(1);
				assertThat(meters.get("distributor.scheduled.attempts")
					.tag("job", "catalog-sync")
					.functionCounter()
					.count()).isEqualTo(3);
			});
	}

	private static LockedJob job(String lockName) {
		// An hour's delay: the schedule's own thread never runs it while the test looks.
		return new LockedJob("Test job", lockName, "test-job-", Duration.ofHours(1), Duration.ofHours(1),
				Duration.ofHours(2), Duration.ZERO);
	}

}
