/**
 * The {@code shop} API ({@code manufacturer.api=shop}): this manufacturer as a shop with
 * a REST API of its own, nothing of our contract: paginated products and stock, prices as
 * decimal strings with a currency, entity tags, and orders and cancellations taken by
 * {@code POST} with an {@code Idempotency-Key}.
 */
package dev.centraldistribution.manufacturer.shop;
