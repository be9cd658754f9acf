/**
 * Paying for orders: the card on file and the (simulated) payment gateway that authorises
 * and refunds charges against it.
 */
package dev.centraldistribution.distributor.payments;
