/**
 * A status endpoint for operators: stock, production settings per product, the
 * confirmations and lines applied so far and the last cycle summary.
 */
package dev.centraldistribution.manufacturer.status;
