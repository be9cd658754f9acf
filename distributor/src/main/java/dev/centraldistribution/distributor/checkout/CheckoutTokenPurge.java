package dev.centraldistribution.distributor.checkout;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;

import dev.centraldistribution.distributor.scheduling.ClusterSchedule;
import dev.centraldistribution.distributor.scheduling.LockedJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Forgets the checkout tokens of forms that were shown and never submitted, once they can
 * no longer be (after {@code distributor.checkout.token-time-to-live}), for every
 * customer, on one instance at a time. Showing a checkout form only inserts its token.
 */
@Configuration(proxyBeanMethods = false)
class CheckoutTokenPurge {

	private static final Logger logger = LoggerFactory.getLogger(CheckoutTokenPurge.class);

	@Bean
	ClusterSchedule scheduledCheckoutTokenPurge(CheckoutTokens tokens, DataSource dataSource,
			CheckoutProperties properties, Clock clock) {
		Duration interval = properties.tokenPurgeInterval();
		LockedJob job = new LockedJob("Checkout token purge", "checkout-token-purge", "checkout-token-purge-", interval,
				interval, interval, LockedJob.lockForAlmostTheInterval(interval));
		return ClusterSchedule.onSharedDatabase(dataSource, job, () -> {
			int forgotten = tokens.forgetUnusedIssuedBefore(clock.instant().minus(properties.tokenTimeToLive()));
			if (forgotten > 0) {
				logger.info("Forgot {} checkout tokens that were never used", forgotten);
			}
		});
	}

}
