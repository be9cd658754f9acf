package dev.centraldistribution.distributor.cycles;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import dev.centraldistribution.distributor.catalog.OfferingCatalog;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.messaging.Outbox;
import dev.centraldistribution.distributor.orders.SalesReport;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import dev.centraldistribution.distributor.sync.CatalogSync;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cycle check, and its schedule when {@code distributor.cycle.enabled=true}: under a
 * lock on the shared database, so one instance checks at a time. Publishes the gauge
 * {@code distributor.cycle.current}: the open cycle's number, 0 before the first.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CycleProperties.class)
class CycleScheduling {

	static final String LOCK_NAME = "sales-cycle";

	static final String CURRENT_GAUGE = "distributor.cycle.current";

	/** How long a crashed instance may keep the others from checking. */
	static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(1);

	@Bean
	SalesCycleCheck salesCycleCheck(JdbcClient jdbc, PlatformTransactionManager transactionManager, SalesCycles cycles,
			Outbox outbox, ManufacturerDirectory manufacturers, OfferingCatalog catalog, SalesReport sales,
			CatalogSync sync, CycleProperties properties, MeterRegistry meterRegistry) {
		Gauge.builder(CURRENT_GAUGE, cycles, (c) -> c.current().map(SalesCycle::number).orElse(0L))
			.description("Number of the open sales cycle")
			.register(meterRegistry);
		return new SalesCycleCheck(jdbc, new TransactionTemplate(transactionManager), cycles, outbox, manufacturers,
				catalog, sales, sync::pullAll, properties.length());
	}

	@Bean
	@ConditionalOnProperty(name = "distributor.cycle.enabled", havingValue = "true", matchIfMissing = true)
	ClusterSchedule scheduledCycleChecks(SalesCycleCheck check, DataSource dataSource, CycleProperties properties,
			Clock clock) {
		return ClusterSchedule.onSharedDatabase(dataSource, cycleCheck(properties), () -> check.check(clock.instant()));
	}

	static LockedJob cycleCheck(CycleProperties properties) {
		return new LockedJob("Sales cycle check", LOCK_NAME, "sales-cycle-", properties.checkInterval(),
				properties.checkInterval(), lockAtMostFor(properties.checkInterval()),
				LockedJob.lockForAlmostTheInterval(properties.checkInterval()));
	}

	/** Longer than any check, and than the interval the lock is held for after one. */
	private static Duration lockAtMostFor(Duration checkInterval) {
		return (checkInterval.compareTo(LOCK_AT_MOST_FOR) > 0) ? checkInterval : LOCK_AT_MOST_FOR;
	}

}
