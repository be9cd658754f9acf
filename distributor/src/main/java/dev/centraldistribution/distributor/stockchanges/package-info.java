/**
 * Live stock changes across instances: after each commit that changed offerings'
 * available quantities, tells every distributor instance over a fanout exchange, and on
 * each instance raises {@link StockLevelsChanged} with the current quantities, for open
 * dashboards to follow.
 * <p>
 * These are notifications, not records: sent after commit, not persistent, no outbox, at
 * most once. Losing one is harmless, the next one or a page reload corrects the page; a
 * publish that fails never fails the checkout or pull that caused it.
 */
@ApplicationModule(allowedDependencies = { "catalog", "livechanges" })
package dev.centraldistribution.distributor.stockchanges;

import org.springframework.modulith.ApplicationModule;
