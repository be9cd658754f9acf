/**
 * The offerings on sale: what each manufacturer can supply, reconciled from its
 * snapshots; the stock ledger that takes sold units out with conditional decrements that
 * never go below zero; and how customers browse them.
 */
@ApplicationModule(allowedDependencies = { "manufacturers" })
@OwnsTables({ "offering", "supplier", "catalog_change" })
package dev.centraldistribution.distributor.catalog;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
