/**
 * The catalogue file of the products this manufacturer makes, and seeding the database
 * from it at every start without resetting stock.
 */
package dev.centraldistribution.manufacturer.catalogue;
