/**
 * The offerings on sale: what each manufacturer can supply, reconciled from its
 * snapshots, and how customers browse them.
 */
package dev.centraldistribution.distributor.catalog;
