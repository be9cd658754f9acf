/**
 * A status endpoint for operators: stock, production settings per product and the
 * confirmations applied so far.
 */
package dev.centraldistribution.manufacturer.status;
