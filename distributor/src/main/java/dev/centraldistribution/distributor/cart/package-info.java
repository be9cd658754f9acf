/**
 * Each customer's cart, kept in the database and checked against what is available when
 * lines are added, changed and viewed.
 */
package dev.centraldistribution.distributor.cart;
