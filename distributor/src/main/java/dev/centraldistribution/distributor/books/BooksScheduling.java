package dev.centraldistribution.distributor.books;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import dev.centraldistribution.distributor.catalog.StockBooks;
import dev.centraldistribution.distributor.confirmations.AcknowledgementBooks;
import dev.centraldistribution.distributor.manufacturers.ManufacturerDirectory;
import dev.centraldistribution.distributor.orders.SubOrderBooks;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The books check, and its schedule when {@code distributor.books.enabled=true}: under a
 * lock on the shared database, so one instance checks per interval (the
 * {@code scheduling} module). Publishes the gauge {@code distributor.books.violations}:
 * the last check's violations, whichever instance ran it, 0 when the books balance (and
 * before the first check).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BooksProperties.class)
class BooksScheduling {

	static final String LOCK_NAME = "books-check";

	static final String VIOLATIONS_GAUGE = "distributor.books.violations";

	/** How long a crashed instance may keep the others from checking. */
	static final Duration LOCK_AT_MOST_FOR = Duration.ofMinutes(5);

	@Bean
	BooksCheck booksCheck(PlatformTransactionManager transactions, StockBooks stock, SubOrderBooks subOrders,
			AcknowledgementBooks acknowledgements, ManufacturerDirectory manufacturers, BooksResults results,
			BooksProperties properties, MeterRegistry meterRegistry) {
		Gauge.builder(VIOLATIONS_GAUGE, results, BooksResults::violations)
			.description("Violations of the books' invariants found by the last books check")
			.register(meterRegistry);
		return new BooksCheck(transactions, stock, subOrders, acknowledgements, manufacturers, results, properties);
	}

	@Bean
	@ConditionalOnProperty(name = "distributor.books.enabled", havingValue = "true", matchIfMissing = true)
	ClusterSchedule scheduledBooksChecks(BooksCheck check, DataSource dataSource, BooksProperties properties,
			Clock clock) {
		return ClusterSchedule.onSharedDatabase(dataSource, booksCheck(properties), () -> check.check(clock.instant()));
	}

	static LockedJob booksCheck(BooksProperties properties) {
		Duration interval = properties.interval();
		return new LockedJob("Books check", LOCK_NAME, "books-check-", interval, interval,
				(interval.compareTo(LOCK_AT_MOST_FOR) > 0) ? interval : LOCK_AT_MOST_FOR,
				LockedJob.lockForAlmostTheInterval(interval));
	}

}
