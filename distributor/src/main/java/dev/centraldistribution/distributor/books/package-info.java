/**
 * The books check: the invariants the drills and the benchmark check after the fact, run
 * on the live system once per interval across the cluster, with the last result kept for
 * the console and the gauge {@code distributor.books.violations}.
 */
@ApplicationModule(allowedDependencies = { "catalog", "confirmations", "manufacturers", "orders", "scheduling" })
@OwnsTables({ "books_check" })
package dev.centraldistribution.distributor.books;

import dev.centraldistribution.distributor.OwnsTables;

import org.springframework.modulith.ApplicationModule;
