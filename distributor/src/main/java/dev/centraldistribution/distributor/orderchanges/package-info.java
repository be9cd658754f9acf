/**
 * Live order changes across instances: after each commit that changed what a customer
 * sees of an order (a sub-order's status or timeline, a refund), tells every distributor
 * instance over the fanout exchange {@code distributor.order-changes}, naming the order
 * and its customer, and on each instance raises {@link OrdersChanged}, for the customer's
 * open order pages to follow.
 * <p>
 * Notifications, not records, exactly like the stock changes: sent after commit, not
 * persistent, no outbox, at most once. Losing one is harmless (a page reload corrects the
 * page); a publish that fails never fails what caused it.
 */
@ApplicationModule(allowedDependencies = { "orders", "customers", "livechanges" })
package dev.centraldistribution.distributor.orderchanges;

import org.springframework.modulith.ApplicationModule;
