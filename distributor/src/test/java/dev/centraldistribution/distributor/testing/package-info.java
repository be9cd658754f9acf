/**
 * Test support shared with the other modules through the test jar: a manufacturer HTTP
 * stub, snapshot mothers and database helpers.
 */
package dev.centraldistribution.distributor.testing;
