package dev.centraldistribution.distributor.confirmations;

import java.time.Duration;

import javax.sql.DataSource;

import dev.centraldistribution.distributor.adapters.ShopTracker;
import dev.centraldistribution.distributor.orders.OpenSubOrders;
import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Asks the shops after their accepted and shipped sub-orders every
 * {@code distributor.adapters.shop.tracking-interval}, on one instance at a time: a shop
 * pushes no shipment or delivery, and its answers are applied here as the native
 * manufacturers' reports are.
 */
@Configuration(proxyBeanMethods = false)
class ShopTrackingScheduling {

	static final String LOCK_NAME = "shop-tracking";

	/** Sub-orders asked after per shop and run, oldest first. */
	static final int BATCH = 500;

	@Bean
	@ConditionalOnProperty(name = "distributor.adapters.shop.tracking-enabled", havingValue = "true",
			matchIfMissing = true)
	ClusterSchedule scheduledShopTracking(ShopTracker tracker, OpenSubOrders openSubOrders, DataSource dataSource) {
		return ClusterSchedule.onSharedDatabase(dataSource, job(tracker.interval()),
				() -> tracker.trackOpenSubOrders((code) -> openSubOrders.inTransit(code, BATCH)));
	}

	static LockedJob job(Duration interval) {
		return new LockedJob("Shop tracking", LOCK_NAME, "shop-tracking-", interval, interval, interval.plusMinutes(1),
				LockedJob.lockForAlmostTheInterval(interval));
	}

}
