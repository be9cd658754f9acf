/**
 * Each customer's cart, kept in the database and checked against what is available when
 * lines are added, changed and viewed.
 */
@ApplicationModule(allowedDependencies = { "catalog", "customers" })
@OwnsTables({ "cart", "cart_line" })
package dev.centraldistribution.distributor.cart;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
