/**
 * Orders: the orders and their sub-orders (one per manufacturer) and lines as bought,
 * their statuses and how they move, each customer's order history, and what was sold in a
 * period.
 */
@ApplicationModule(allowedDependencies = { "catalog", "customers" })
@OwnsTables({ "customer_order", "sub_order", "order_line", "sub_order_event" })
package dev.centraldistribution.distributor.orders;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
