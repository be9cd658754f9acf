package dev.centraldistribution.distributor.sync;

import javax.sql.DataSource;

import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schedules the catalog pull when {@code distributor.sync.enabled=true}, under a lock on
 * the shared database so that one instance pulls per interval; the initial delay counts
 * from the application's readiness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
@ConditionalOnProperty(name = "distributor.sync.enabled", havingValue = "true")
class SyncScheduling {

	static final String LOCK_NAME = "catalog-sync";

	@Bean
	ClusterSchedule scheduledCatalogPulls(CatalogSync sync, DataSource dataSource, SyncProperties properties) {
		// The first pull (all of every snapshot on a fresh instance) waits for the
		// application to be ready instead of sharing the CPU with the rest of its
		// startup.
		return ClusterSchedule.onSharedDatabase(dataSource, catalogPull(properties), sync::startPulls)
			.afterApplicationReady();
	}

	static LockedJob catalogPull(SyncProperties properties) {
		return new LockedJob("Catalog pull", LOCK_NAME, "catalog-sync-", properties.initialDelay(),
				properties.interval(), properties.lockAtMostFor(), properties.lockAtLeastFor());
	}

}
