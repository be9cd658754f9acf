/**
 * Orders: the idempotent all-or-nothing checkout that never oversells, the orders and
 * sub-orders it writes, their statuses, and each customer's order history.
 */
package dev.centraldistribution.distributor.ordering;
