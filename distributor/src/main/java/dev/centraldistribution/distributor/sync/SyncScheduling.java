package dev.centraldistribution.distributor.sync;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Schedules the catalog pull when {@code distributor.sync.enabled=true}, under a ShedLock
 * lock on the shared database so that one instance pulls per interval. The lock provider
 * stays private to the sync: other features' jobs choose their own.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
@ConditionalOnProperty(name = "distributor.sync.enabled", havingValue = "true")
class SyncScheduling {

	static final String LOCK_NAME = "catalog-sync";

	@Bean
	ScheduledPulls scheduledCatalogPulls(CatalogSync sync, DataSource dataSource, SyncProperties properties) {
		return new ScheduledPulls(oncePerInterval(dataSource, properties), sync::pullAll, properties.initialDelay(),
				properties.interval());
	}

	static OncePerInterval oncePerInterval(DataSource dataSource, SyncProperties properties) {
		LockingTaskExecutor locks = new DefaultLockingTaskExecutor(
				new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
					.withJdbcTemplate(new JdbcTemplate(dataSource))
					.usingDbTime()
					.build()));
		return new OncePerInterval(locks, LOCK_NAME, properties.lockAtMostFor(), properties.lockAtLeastFor());
	}

}
