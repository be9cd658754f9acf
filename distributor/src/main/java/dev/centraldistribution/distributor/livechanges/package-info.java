/**
 * What every kind of live change shares on its way between instances: collecting what
 * this instance's commits changed and sending it coalesced, on a thread of its own
 * ({@link dev.centraldistribution.distributor.livechanges.CoalescingBatches}), as
 * non-persistent JSON notices
 * ({@link dev.centraldistribution.distributor.livechanges.LiveNotices}), under the
 * settings {@code distributor.live-updates.*}. The kinds themselves (stock, orders) are
 * their own modules.
 */
@ApplicationModule(allowedDependencies = {})
package dev.centraldistribution.distributor.livechanges;

import org.springframework.modulith.ApplicationModule;
