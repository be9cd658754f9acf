package dev.centraldistribution.distributor.cycles;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;

import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.SalesReport;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import dev.centraldistribution.distributor.sync.CatalogSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The wiring of the scheduled cycle check: on unless disabled, under the cycle's lock,
 * first checking one interval after startup.
 */
class CycleSchedulingTests {

	private final ApplicationContextRunner instance = new ApplicationContextRunner()
		.withUserConfiguration(CycleScheduling.class)
		.withBean(DataSource.class,
				() -> new SimpleDriverDataSource(new org.h2.Driver(),
						"jdbc:h2:mem:cycle-scheduling-" + UUID.randomUUID() + ";MODE=PostgreSQL", "sa", ""))
		.withBean(JdbcClient.class, () -> mock(JdbcClient.class))
		.withBean(PlatformTransactionManager.class, () -> mock(PlatformTransactionManager.class))
		.withBean(SalesCycles.class, () -> mock(SalesCycles.class))
		.withBean(Outbox.class, () -> mock(Outbox.class))
		.withBean(ManufacturerDirectory.class, () -> mock(ManufacturerDirectory.class))
		.withBean(OfferingCatalog.class, () -> mock(OfferingCatalog.class))
		.withBean(SalesReport.class, () -> mock(SalesReport.class))
		.withBean(CatalogSync.class, () -> mock(CatalogSync.class))
		.withBean(Clock.class, Clock::systemUTC)
		.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
		// Long enough that no check runs against the mocks while a test looks.
		.withPropertyValues("distributor.cycle.check-interval=1h");

	@Test
	void theCheckIsScheduledUnderTheCycleLockUnlessDisabled() {
		this.instance.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ClusterSchedule.class).job())
				.isEqualTo(new LockedJob("Sales cycle check", "sales-cycle", "sales-cycle-", Duration.ofHours(1),
						Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1).minusSeconds(1)));
		});
	}

	@Test
	void aShortIntervalKeepsTheLockForAlmostTheIntervalAndAtMostOneMinute() {
		this.instance.withPropertyValues("distributor.cycle.check-interval=5s").run((context) -> {
			LockedJob job = context.getBean(ClusterSchedule.class).job();
			assertThat(job.lockAtLeastFor()).isEqualTo(Duration.ofMillis(4500));
			assertThat(job.lockAtMostFor()).isEqualTo(Duration.ofMinutes(1));
		});
	}

	@Test
	void nothingIsScheduledWhenDisabled() {
		this.instance.withPropertyValues("distributor.cycle.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(SalesCycleCheck.class)
				.doesNotHaveBean(ClusterSchedule.class));
	}

}
