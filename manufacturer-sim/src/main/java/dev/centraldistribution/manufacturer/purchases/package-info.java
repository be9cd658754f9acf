/**
 * Purchase confirmations from the distributor: applied to stock once per message id, in
 * one local transaction, answered line by line with an acknowledgement that is kept.
 */
package dev.centraldistribution.manufacturer.purchases;
