/**
 * Checkout: turns a customer's cart into an order, all or nothing, never selling more
 * than is in stock, once per checkout form however often it is submitted; authorises the
 * payment and takes the units out of stock in one transaction.
 */
@ApplicationModule(allowedDependencies = { "cart", "catalog", "customers", "orders", "payments", "scheduling" })
@OwnsTables({ "checkout_token", "checkout_quote_line" })
package dev.centraldistribution.distributor.checkout;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
