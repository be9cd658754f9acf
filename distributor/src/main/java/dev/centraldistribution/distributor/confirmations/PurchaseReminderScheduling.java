package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;

import javax.sql.DataSource;

import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for sub-orders their manufacturers have not answered in time every
 * {@code distributor.confirmations.reminder-interval}, on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class PurchaseReminderScheduling {

	static final String LOCK_NAME = "purchase-reminders";

	@Bean
	@ConditionalOnProperty(name = "distributor.confirmations.reminders-enabled", havingValue = "true",
			matchIfMissing = true)
	ClusterSchedule scheduledPurchaseReminders(RemindManufacturers remind, DataSource dataSource,
			ConfirmationsProperties properties) {
		return ClusterSchedule.onSharedDatabase(dataSource, job(properties), remind::remindWhereDue);
	}

	static LockedJob job(ConfirmationsProperties properties) {
		Duration interval = properties.reminderInterval();
		return new LockedJob("Purchase reminders", LOCK_NAME, "purchase-reminders-", interval, interval,
				interval.plusMinutes(1), LockedJob.lockForAlmostTheInterval(interval));
	}

}
